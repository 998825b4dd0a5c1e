package id.linimasa.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels blocks from their own features and scores them for the content region: prose scores its
 * length, clutter and metadata score against it, a section label ("Berita Terkait") almost walls off
 * what follows. The patterns are phrasings common to Indonesian and English news sites, none keyed to one.
 */
final class BlockClassifier {

    /** Inserts that start with a label: "Baca Juga: ...", "Pilihan Editor: ...", "Read more: ...". */
    private static final Pattern INSERT = Pattern.compile("(?iu)^(baca juga|baca pula|baca|simak juga|simak|lihat juga|tonton juga|tonton|saksikan juga"
            + "|saksikan|artikel terkait|berita terkait|pilihan editor|rekomendasi|read more|read also|also read|see also|related|watch|more)\\s*[:>»|-].*");
    private static final Pattern SECTION = Pattern.compile("(?iu)^(berita |artikel |video |foto )?(terkait|populer|terpopuler|paling populer|terbaru|terkini"
            + "|lainnya|pilihan|rekomendasi|rekomendasi untuk anda|pilihan editor|pilihan redaksi|trending|topik|topik terkait|tag|tags|topics?"
            + "|komentar|comments?|related|related (articles?|stories|news|posts)|most read|most popular|more stories|more from .{1,30}|read next"
            + "|you may also like|you might also like|lihat semua|update|disclaimer|penafian|headlines?|berita lain|baca lainnya|video pilihan hari ini"
            + "|recommended( for you)?|editor'?s picks?|top stories|latest( news)?|terpopuler hari ini|hot news|hot topics?|berita utama)\\s*:?$");
    private static final Pattern CALL = Pattern.compile("(?iu)(bagaimana pendapat anda|sampaikan pendapat|tulis komentar|berikan komentar|kirim komentar"
            + "|leave a comment|join the (discussion|conversation)|jangan lupa (follow|ikuti|subscribe|like|share|klik)|ikuti (kami|akun|berita|channel|saluran)"
            + "|follow (us|akun)|subscribe to|berlangganan|unduh aplikasi|download (aplikasi|the app)|sign up for|daftar sekarang|klik di sini|click here"
            + "|all rights reserved|hak cipta|©|copyright|dapatkan (update|berita|informasi)|gabung (di|ke) (grup|channel|saluran)|whatsapp channel"
            + "|google news|scroll (untuk|to) (lanjut|melanjutkan|continue)|advertisement|iklan$|sponsored)");
    private static final Pattern DISCLAIMER = Pattern.compile("(?iu)(tanggung jawab|bertanggung jawab|responsib).*(pembaca|situs|website|informasi|konten|redaksi)"
            + "|(pembaca|situs|website|informasi|konten).*(tanggung jawab|bertanggung jawab)");
    private static final Pattern BUTTON = Pattern.compile("(?iu)^(lanjutkan membaca|continue reading|baca selengkapnya|selengkapnya|loading|memuat|load more"
            + "|muat lebih banyak|show more|tampilkan (lebih|semua)|lihat (lebih|selengkapnya)|promosi|promoted|iklan|advertisement|ads?|sponsored"
            + "|scroll to continue|scroll untuk melanjutkan|tutup|close|back to top|kembali ke atas|next|berikutnya|sebelumnya|previous|prev)\\s*\\W*\\s*\\d*\\W*$");
    private static final Pattern COUNTER = Pattern.compile("(?iu)\\b\\d[\\d.,]*\\s*(kali dibaca|kali dilihat|views?|shares?|komentar|comments?|dibaca|pembaca)\\b"
            + "|^\\d+\\s+(menit|jam|hari|minggu|bulan|detik)\\s+(yang\\s+)?lalu$|^\\d+\\s+(minutes?|hours?|days?|weeks?)\\s+ago$"
            + "|\\b(waktu baca|\\d+\\s*min(ute)?s?\\s+read|baca dalam)\\b");
    private static final Set<String> SOCIAL = Set.of("facebook", "twitter", "x", "whatsapp", "telegram", "line", "copy", "copied", "link", "url",
            "icon", "share", "bagikan", "salin", "tautan", "email", "e-mail", "print", "cetak", "pinterest", "linkedin", "tweet", "instagram",
            "tiktok", "youtube", "berhasil", "dicopy", "disalin", "tersalin", "dicopas", "messenger", "reddit", "threads", "kakao", "google");
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(-\\s*)?(reporter|editor|penulis|oleh|by|laporan|wartawan|kontributor|penyunting|redaktur"
            + "|jurnalis|fotografer|author|written by|posted by|diposting|diterbitkan|diperbarui|published|updated|sumber|source)\\b\\s*:?.{0,80}$");
    private static final Pattern AGENCY_LINE = Pattern.compile("^\\(?\\p{Lu}[\\p{Lu}\\d.]+(\\s*[|/,]\\s*\\p{Lu}[\\p{Lu}\\d.]+)*\\)?$");
    private static final Pattern CAPTION_END = Pattern.compile("(?iu)(\\((?=[^()]*(foto|photo|dok\\b|dok\\.|ilustrasi|image|gambar|getty|\\bvia\\b|\\.com/|\\.id/))[^()]*\\)\\s*\\W*\\s*(selengkapnya)?"
            + "|(\\.\\.\\.|…)\\s*selengkapnya|\\S/\\S+.*\\bvia\\s+\\S+|\\d{4}\\s*/\\s*\\p{Lu}[\\p{L}.]+|\\b(foto|photo|dok)\\s*:\\s*\\S.{0,60})\\s*$");
    private static final Pattern CAPTION_CONTEXT = Pattern.compile("(^|[\\s_-])(caption|wp-caption-text|figcaption|el-figcaption|photo-credit|credit|image-credit|img-caption|media-caption)");
    private static final Pattern NEGATIVE_CONTEXT = Pattern.compile("(^|[\\s_-])(comments?|comment-list|share|sharing|social|socials|related|relate|sidebar|footer"
            + "|navbar|navigation|menu|breadcrumbs?|promo|promotion|ads?|advert\\w*|adsense|banner|newsletter|subscribe|subscription|popular|populer|trending"
            + "|tags?|sponsor\\w*|outbrain|taboola|disqus|cookie\\w*|modal|popup|recommend\\w*|rekomendasi|terkait|baca-juga|bacajuga"
            + "|read-?more|more-stories|most-read|paywall|signup|login|author-bio|bio|byline|meta|published|date|timestamp|toolbar|pagination|pager"
            + "|el-aside|el-footer|el-nav|visually-hidden|sr-only|screen-reader-text|print-only|skip-link|masthead|headline-list|list-berita|terpopuler|video-list)"
            // a class names what the element is by its last parts ("social-share", "comments-area"); WordPress's "tag-x" names a topic
            + "((?:[-_](?:area|box|list|wrap\\w*|container|section|block|bar|buttons?|links?|posts?|items?|stories|articles?|module|inner|holder"
            + "|panel|icons?|tools?|count|form|text|title|heading|widget|feed|zone|slot|unit|label|info|line|author|top|bottom|left|right|\\d+))*)(?=$|\\s)");

    private BlockClassifier() {
    }

    static List<BlockLabel> label(List<Block> blocks) {
        List<BlockLabel> labels = new ArrayList<>(blocks.size());
        for (Block b : blocks) labels.add(label(b));
        // the short title over a photo caption belongs to the caption (dumps lose the <figure> around both)
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (labels.get(i + 1) == BlockLabel.CAPTION && blocks.get(i).isDumpLine()
                    && (labels.get(i) == BlockLabel.HEADING && blocks.get(i).words() >= 2 || labels.get(i) == BlockLabel.SHORT
                    || labels.get(i) == BlockLabel.BODY && blocks.get(i).text().length() < blocks.get(i + 1).text().length() && blocks.get(i).words() < 25)) {
                labels.set(i, BlockLabel.CAPTION);
            }
        }
        return labels;
    }

    static BlockLabel label(Block b) {
        String t = b.text();
        String lower = t.toLowerCase(Locale.ROOT);
        int words = b.words();
        if (words == 0) return BlockLabel.CLUTTER;
        if (words <= 6 && SECTION.matcher(lower).matches()) return b.linkDensity() > 0.5 ? BlockLabel.CLUTTER : BlockLabel.BOUNDARY;
        if (words <= 40 && INSERT.matcher(t).matches()) return BlockLabel.CLUTTER;
        if (words <= 8 && BUTTON.matcher(lower).matches()) return BlockLabel.CLUTTER;
        if (words <= 30 && isSocial(lower)) return BlockLabel.CLUTTER;
        if (CAPTION_CONTEXT.matcher(b.context()).find() || b.tag().equals("figcaption") || b.isDumpLine() && words >= 4 && CAPTION_END.matcher(t).find()) {
            return BlockLabel.CAPTION;
        }
        if (words <= 25 && (BYLINE.matcher(t).matches() || !b.endsSentence() && DateText.find(t) != null)) return BlockLabel.METADATA;
        if (words <= 60 && (CALL.matcher(lower).find() || COUNTER.matcher(lower).find())) return BlockLabel.CLUTTER;
        if (words <= 40 && DISCLAIMER.matcher(lower).find()) return BlockLabel.CLUTTER;
        if (words <= 6 && AGENCY_LINE.matcher(t).matches() && t.length() > 1) return BlockLabel.METADATA;
        if (b.linkDensity() > 0.5) return BlockLabel.CLUTTER;
        // class names are a hint, not a verdict: article wrappers carry names like "field-label-hidden" too, so long prose is judged on its own
        if (words < 25 && !b.context().isEmpty() && NEGATIVE_CONTEXT.matcher(b.context()).find()) return BlockLabel.CLUTTER;
        double stop = b.stopwordDensity();
        // prose in languages without a stopword list (the web is not only Indonesian and English): long, punctuated sentences
        boolean prose = stop >= 0.12 || t.length() >= 120 && sentenceMarks(t) >= 2;
        if (words >= 8 && prose && b.linkDensity() < 0.35 && (b.endsSentence() || words >= 20)) return BlockLabel.BODY;
        if (b.isHeading() || words <= 20 && !b.endsSentence() && Character.isUpperCase(t.codePointAt(0))) return BlockLabel.HEADING;
        return BlockLabel.SHORT;
    }

    /** The region score of a block: what it adds to or takes from the stretch of page around it. */
    static double score(Block b, BlockLabel label) {
        int len = b.text().length();
        return switch (label) {
            case BODY -> len * (1 - b.linkDensity());
            case HEADING, SHORT -> -0.3 * len - 5;
            case CAPTION -> -0.3 * len - 10;
            case METADATA -> -len - 30;
            case CLUTTER -> -len - 50;
            case BOUNDARY -> -1500;
        };
    }

    private static int sentenceMarks(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) if (".!?。！？,，、".indexOf(t.charAt(i)) >= 0) n++;
        return n;
    }

    private static boolean isSocial(String lower) {
        String[] tokens = lower.split("[^\\p{L}\\d-]+");
        int social = 0;
        int all = 0;
        for (String tok : tokens) {
            if (tok.isEmpty()) continue;
            all++;
            if (SOCIAL.contains(tok)) social++;
        }
        return all > 0 && social * 10 >= all * 6;
    }
}
