package id.linimasa.app.bench;

import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.page.Page;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Long news pages for speed measurements (not for quality): each page's body is the paragraphs of one
 * article followed by those of the next ones, as a follow-up report that retells the story so far, until it
 * holds at least the wanted amount of text; it is laid out as an Indonesian news site does, with the
 * clutter a real page carries (menus, share rows, "Baca Juga" boxes, advertisements, tags, popular and
 * related lists, comments, footer, inline scripts), as HTML or as a plain-text dump. The articles are the
 * ones given (the project's own example pages), so the text is real prose with names, dates and quotes.
 * The same articles always give the same pages.
 */
public final class AssembledPages {

    private static final String[][] OUTLETS = {
            {"kabarselatan.com", "Kabar Selatan", "JAKARTA"}, {"harianlintas.id", "Harian Lintas", "Jakarta"},
            {"suaranegeri.co", "Suara Negeri", "Surabaya"}, {"wartabahari.net", "Warta Bahari", "Makassar"}};
    private static final String[] SECTIONS = {"Berita", "Nasional", "Internasional", "Ekonomi", "Politik", "Hukum", "Nusantara",
            "Olahraga", "Otomotif", "Teknologi", "Gaya Hidup", "Kesehatan", "Hiburan", "Video", "Foto", "Indeks"};
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember"};
    private static final String[] TAGS = {"diplomasi", "hubungan bilateral", "kementerian luar negeri", "perbatasan laut",
            "nelayan", "sanksi", "perundingan", "asia tenggara"};
    /** "JAKARTA, kabarnusa.com –", "Harian Cakrawala, Jakarta -": an article's lead, replaced by the page's own. */
    private static final Pattern LEAD = Pattern.compile("^[\\p{L}.,\\s]{2,60}?\\s[-–—]\\s");

    private final List<Article> articles;

    /** {@code articles}: at least one, with some body text. */
    public AssembledPages(List<Article> articles) {
        this.articles = articles.stream().filter(a -> !a.text().isBlank()).toList();
        if (this.articles.isEmpty()) throw new IllegalArgumentException("no article with body text to assemble pages from");
    }

    /** Two pages per article (one HTML, one text dump), each with at least {@code minChars} of body text. */
    public List<Page> pages(int minChars) {
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int layout = 0; layout < 2; layout++) {
                SplittableRandom r = new SplittableRandom(i * 31L + layout);
                Article lead = articles.get(i);
                List<String> body = body(i, minChars);
                String[] outlet = OUTLETS[(i + layout) % OUTLETS.length];
                String source = "assembled/" + String.format(Locale.ROOT, "%02d", i) + (layout == 0 ? ".html" : ".txt");
                String page = layout == 0 ? html(lead, body, outlet, i, r) : dump(lead, body, outlet, i, r);
                out.add(new Page(source, null, page.getBytes(StandardCharsets.UTF_8), layout == 0 ? Page.Kind.HTML : Page.Kind.TEXT));
            }
        }
        return out;
    }

    /** Article i's paragraphs, then the next articles' (leads cut, paragraphs already told skipped), until {@code minChars}. */
    private List<String> body(int i, int minChars) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(); // a syndicated copy among the articles retells nothing new
        int chars = 0;
        for (int k = 0; chars < minChars && k < articles.size() * 4; k++) {
            Article a = articles.get((i + k) % articles.size());
            boolean first = true;
            for (String p : a.text().split("\n")) {
                String para = first ? LEAD.matcher(p).replaceFirst("") : p;
                first = false;
                if (para.isBlank() || !seen.add(para)) continue;
                out.add(para);
                chars += para.length() + 1;
                if (chars >= minChars) break;
            }
        }
        return out;
    }

    private LocalDate date(Article a) {
        PublicationTime t = a.published();
        return t == null ? LocalDate.of(2025, 3, 14) : t.date();
    }

    private LocalTime time(Article a, SplittableRandom r) {
        PublicationTime t = a.published();
        return t != null && t.time() != null ? t.time() : LocalTime.of(7 + r.nextInt(14), r.nextInt(60));
    }

    private static String dateLine(LocalDate d, LocalTime t) {
        return DAYS[d.getDayOfWeek().getValue() - 1] + ", " + d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear()
                + " " + String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute()) + " WIB";
    }

    private String author(Article a, int i) {
        return a.authors().isEmpty() ? new String[]{"Dewi Anggraini", "Rizal Maulana", "Yohanes Kurnia", "Sri Wahyuni"}[i % 4] : a.authors().getFirst();
    }

    /** Titles of the other articles: what the boxes and lists around a report link to. */
    private List<String> others(int i, int n, SplittableRandom r) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Article a = articles.get((i + 1 + r.nextInt(Math.max(1, articles.size() - 1))) % articles.size());
            out.add(a.title() == null ? "Berita Terkini Hari Ini" : a.title());
        }
        return out;
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private String html(Article a, List<String> body, String[] outlet, int i, SplittableRandom r) {
        LocalDate d = date(a);
        LocalTime t = time(a, r);
        String title = a.title() == null ? "Perkembangan Terbaru" : a.title();
        String url = "https://" + outlet[0] + "/internasional/" + d.toString().replace('-', '/') + "/" + slug(title);
        String iso = d + "T" + String.format(Locale.ROOT, "%02d:%02d:00+07:00", t.getHour(), t.getMinute());
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(esc(title)).append(" | ")
                .append(outlet[1]).append("</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"description\" content=\"").append(esc(body.getFirst().substring(0, Math.min(150, body.getFirst().length()))))
                .append("\">\n<meta property=\"og:title\" content=\"").append(esc(title)).append("\">\n<meta property=\"og:type\" content=\"article\">\n")
                .append("<meta property=\"og:url\" content=\"").append(url).append("\">\n<meta property=\"og:site_name\" content=\"").append(outlet[1])
                .append("\">\n<meta property=\"article:published_time\" content=\"").append(iso).append("\">\n<link rel=\"canonical\" href=\"")
                .append(url).append("\">\n<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
                .append(esc(title)).append("\",\"datePublished\":\"").append(iso).append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(author(a, i))
                .append("\"},\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"").append(outlet[1]).append("\"}}</script>\n");
        script(sb, r, 120);
        sb.append("<style>");
        for (int k = 0; k < 80; k++) sb.append(".c").append(k).append("{margin:").append(r.nextInt(24)).append("px;color:#").append(Integer.toHexString(0x100000 + r.nextInt(0xEFFFFF))).append("}");
        sb.append("</style>\n</head>\n<body>\n<header class=\"site-header\"><div class=\"top-bar\"><a href=\"/\">").append(outlet[1])
                .append("</a> <a href=\"/login\">Masuk</a> <a href=\"/daftar\">Daftar</a> <form action=\"/cari\"><input name=\"q\" placeholder=\"Cari berita\"></form></div>\n<nav class=\"menu\"><ul>");
        for (String s : SECTIONS) sb.append("<li><a href=\"/").append(slug(s)).append("\">").append(s).append("</a></li>");
        sb.append("</ul></nav></header>\n<div class=\"breadcrumb\"><a href=\"/\">Beranda</a> › <a href=\"/internasional\">Internasional</a></div>\n<main>\n<article class=\"detail\">\n<h1 class=\"detail-title\">")
                .append(esc(title)).append("</h1>\n<div class=\"detail-author\">Penulis: <a href=\"/penulis\">").append(author(a, i))
                .append("</a> | Editor: ").append(author(a, i + 1)).append("</div>\n<div class=\"detail-date\">").append(dateLine(d, t)).append("</div>\n")
                .append("<div class=\"share\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <a href=\"#\">WhatsApp</a> <a href=\"#\">Telegram</a> <a href=\"#\">Salin Tautan</a></div>\n");
        if (!a.captions().isEmpty()) {
            sb.append("<figure class=\"detail-photo\"><img src=\"/foto/").append(slug(title)).append(".jpg\" alt=\"\"><figcaption>")
                    .append(esc(a.captions().getFirst())).append("</figcaption></figure>\n");
        }
        sb.append("<div class=\"detail-text\">\n");
        List<String> boxes = others(i, 6, r);
        for (int k = 0; k < body.size(); k++) {
            String p = k == 0 ? "<strong>" + outlet[2] + ", " + outlet[0] + "</strong> – " + esc(body.get(k)) : esc(body.get(k));
            sb.append("<p>").append(p).append("</p>\n");
            if (k == 2) sb.append("<div class=\"baca-juga\"><strong>Baca Juga:</strong> <a href=\"/baca\">").append(esc(boxes.get(0))).append("</a></div>\n");
            if (k == 5) {
                sb.append("<div class=\"ads\"><span>ADVERTISEMENT</span><div id=\"div-gpt-ad-").append(r.nextInt(1_000_000)).append("\"></div>");
                script(sb, r, 10);
                sb.append("</div>\n<p class=\"scroll\">SCROLL TO CONTINUE WITH CONTENT</p>\n");
            }
            if (k == 8) sb.append("<div class=\"baca-juga\"><strong>Baca Juga:</strong> <a href=\"/baca\">").append(esc(boxes.get(1))).append("</a></div>\n");
        }
        sb.append("</div>\n<div class=\"tags\">Tag: ");
        for (int k = 0; k < 5; k++) sb.append("<a href=\"/tag\">").append(TAGS[(i + k) % TAGS.length]).append("</a> ");
        sb.append("</div>\n<div class=\"ikuti\">Ikuti berita terkini dari ").append(outlet[1]).append(" di Google News, klik di sini</div>\n</article>\n")
                .append("<section class=\"related\"><h3>Berita Terkait</h3><ul>");
        for (String o : boxes.subList(2, 6)) sb.append("<li><a href=\"/berita\">").append(esc(o)).append("</a></li>");
        sb.append("</ul></section>\n<aside class=\"popular\"><h3>Terpopuler</h3><ol>");
        for (String o : others(i, 10, r)) sb.append("<li><a href=\"/populer\">").append(esc(o)).append("</a> <span>").append(1 + r.nextInt(23)).append(" jam lalu</span></li>");
        sb.append("</ol></aside>\n<div class=\"comments\"><h3>Komentar</h3><p>Belum ada komentar. Login untuk berkomentar.</p></div>\n</main>\n")
                .append("<footer><ul><li><a href=\"/redaksi\">Redaksi</a></li><li><a href=\"/pedoman\">Pedoman Media Siber</a></li><li><a href=\"/karir\">Karir</a></li>")
                .append("<li><a href=\"/kontak\">Kontak</a></li><li><a href=\"/privasi\">Kebijakan Privasi</a></li></ul><p>© ").append(d.getYear()).append(' ')
                .append(outlet[1]).append(". Hak cipta dilindungi undang-undang.</p></footer>\n");
        script(sb, r, 60);
        return sb.append("</body>\n</html>\n").toString();
    }

    /** A tracking and advertising script of about {@code lines} lines, as pages carry inline. */
    private static void script(StringBuilder sb, SplittableRandom r, int lines) {
        sb.append("<script>\nwindow.dataLayer = window.dataLayer || [];\n");
        for (int k = 0; k < lines; k++) {
            sb.append("dataLayer.push({'event':'slot").append(k).append("','id':'").append(Long.toHexString(r.nextLong()))
                    .append("','sizes':[[300,250],[728,90]],'refresh':").append(r.nextInt(60)).append("});\n");
        }
        sb.append("</script>\n");
    }

    private String dump(Article a, List<String> body, String[] outlet, int i, SplittableRandom r) {
        LocalDate d = date(a);
        String title = a.title() == null ? "Perkembangan Terbaru" : a.title();
        StringBuilder sb = new StringBuilder(16 * 1024);
        sb.append(outlet[1]).append("\n\n");
        for (String s : SECTIONS) sb.append(s).append('\n');
        sb.append('\n').append(title).append("\n\nPenulis: ").append(author(a, i)).append("\n\n").append(dateLine(d, time(a, r))).append("\n\n")
                .append("Bagikan: Facebook Twitter WhatsApp Salin Tautan\n\n");
        if (!a.captions().isEmpty()) sb.append(a.captions().getFirst()).append("\n\n");
        List<String> boxes = others(i, 6, r);
        for (int k = 0; k < body.size(); k++) {
            sb.append(k == 0 ? outlet[2] + ", " + outlet[0] + " – " + body.get(k) : body.get(k)).append("\n\n");
            if (k == 2) sb.append("Baca Juga: ").append(boxes.get(0)).append("\n\n");
            if (k == 5) sb.append("ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\n");
        }
        sb.append("Tag: ");
        for (int k = 0; k < 5; k++) sb.append(TAGS[(i + k) % TAGS.length]).append(k < 4 ? ", " : "\n\n");
        sb.append("Berita Terkait\n\n");
        for (String o : boxes.subList(1, 6)) sb.append(o).append("\n\n");
        sb.append("Terpopuler\n\n");
        for (String o : others(i, 8, r)) sb.append(o).append("\n").append(1 + r.nextInt(23)).append(" jam lalu\n\n");
        return sb.append("Komentar\n\nLogin untuk berkomentar\n\nRedaksi | Pedoman Media Siber | Kontak | Kebijakan Privasi\n\n© ")
                .append(d.getYear()).append(' ').append(outlet[1]).append('\n').toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
