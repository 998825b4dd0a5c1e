package id.linimasa.index;

import id.linimasa.Analysis;
import id.linimasa.Linimasa;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.Mention;
import id.linimasa.event.Event;
import id.linimasa.event.EventDate;
import id.linimasa.event.EventStatus;
import id.linimasa.event.Plover;
import id.linimasa.event.Precision;
import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.page.Page;
import id.linimasa.quote.Quote;
import id.linimasa.text.Sentence;
import id.linimasa.text.Span;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test pages in a tiny header format, and a stand-in analyser for them (the corpus tests must not depend
 * on the real extractor and entity stages): "Judul:", "Media:", "Terbit:" lines, a blank line, the body.
 * Entities come from a fixed list of names; a sentence with "bertemu" or "menandatangani" naming two
 * states and a date "(d/m/yyyy)" becomes a CONSULT or AGREE event; «"...", kata NAME» becomes a quote.
 */
public final class TestPages {

    static final Entity RUS = new Entity("RUS", EntityType.LOC, "Rusia", List.of("Moskow"), "RUS", List.of());
    static final Entity PRK = new Entity("PRK", EntityType.LOC, "Korea Utara", List.of("Korut", "DPRK"), "PRK", List.of());
    static final Entity PUTIN = new Entity("per:vladimir_putin", EntityType.PER, "Vladimir Putin", List.of("Putin"), "RUS", List.of());
    static final Entity KIM = new Entity("per:kim_jong_un", EntityType.PER, "Kim Jong Un", List.of("Kim"), "PRK", List.of());
    static final Entity PERSIJA = new Entity("org:persija", EntityType.ORG, "Persija", List.of(), "IDN", List.of());

    private static final Map<String, Entity> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("Vladimir Putin", PUTIN);
        NAMES.put("Kim Jong Un", KIM);
        NAMES.put("Korea Utara", PRK);
        NAMES.put("Korut", PRK);
        NAMES.put("Rusia", RUS);
        NAMES.put("Moskow", RUS);
        NAMES.put("Persija", PERSIJA);
    }

    private static final Pattern DATE = Pattern.compile("\\((\\d{1,2})/(\\d{1,2})/(\\d{4})\\)");
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\",? kata (Vladimir Putin|Kim Jong Un)");

    private TestPages() {
    }

    public static final String MEETING = "Presiden Rusia Vladimir Putin bertemu dengan delegasi Korea Utara di Moskow pada Kamis (27/2/2025). "
            + "Rusia dan Korea Utara menandatangani perjanjian kerja sama ekonomi dalam pertemuan itu (27/2/2025).\n"
            + "\"Hubungan kedua bangsa kita semakin erat dan akan terus tumbuh,\" kata Vladimir Putin di hadapan wartawan.\n"
            + "Pertemuan yang berlangsung tiga jam itu juga membahas jalur kereta api baru, pasokan pupuk, serta rencana "
            + "penerbangan langsung antara kedua ibu kota mulai musim panas mendatang.";

    public static final Page ORIGINAL = TestPages.page("a.txt", "Putin Terima Delegasi Korut di Moskow", "Harian Nusantara",
            "2025-02-28T16:09+07:00", MEETING);
    public static final Page COPY = TestPages.page("b.txt", "Putin dan Delegasi Korut Bertemu", "Portal Kilat",
            "2025-02-28T18:30+07:00", "Baca juga: Harga cabai naik menjelang Ramadan\n" + MEETING
                    + "\nSimak berita pilihan lainnya di kanal kami.");
    public static final Page OTHER_REPORT = TestPages.page("c.txt", "Korut dan Rusia Perkuat Kerja Sama", "Kabar Timur",
            "2025-03-01T09:00+08:00",
            "Delegasi Korut disambut langsung oleh Vladimir Putin setibanya di Moskow.\n"
                    + "Dalam kunjungan itu Korea Utara dan Rusia bertemu untuk membahas kerja sama militer dan ekonomi (27/2/2025). "
                    + "Kedua pihak, Korea Utara dan Rusia, juga menandatangani kesepakatan ekonomi baru (27/2/2025).\n"
                    + "Para pengamat menilai kerja sama ekonomi itu memperdalam ketergantungan Pyongyang pada Moskow.");
    public static final Page FOOTBALL = TestPages.page("d.txt", "Persija Menang Tipis", "Harian Nusantara", "2025-03-01",
            "Persija menang 2-1 atas tamunya dalam laga pekan ke-24 yang digelar Sabtu malam.\n"
                    + "Gol kemenangan dicetak pada menit akhir lewat sundulan kepala dari sepak pojok.");
    public static final Page TREATY = TestPages.page("e.txt", "Pakta Pertahanan Diteken", "Kabar Timur", "2024-06-20T08:00+07:00",
            "Vladimir Putin dan Kim Jong Un menandatangani perjanjian kemitraan strategis di Pyongyang (19/6/2024).\n"
                    + "Rusia dan Korea Utara berjanji saling membantu bila salah satu diserang.");

    public static final List<Page> ALL = List.of(ORIGINAL, COPY, OTHER_REPORT, FOOTBALL, TREATY);

    public static String id(Page p) {
        return analyse(p).article().id();
    }

    public static Page page(String name, String title, String outlet, String published, String body) {
        String text = "Judul: " + title + "\nMedia: " + outlet + "\nTerbit: " + published + "\n\n" + body;
        return new Page(name, null, text.getBytes(StandardCharsets.UTF_8), Page.Kind.TEXT);
    }

    /** The page's article: its header lines read, its body after them; a page without them is unreadable. */
    public static Article article(Page page) {
        String raw = new String(page.bytes(), StandardCharsets.UTF_8);
        int blank = raw.indexOf("\n\n");
        if (!raw.startsWith("Judul:") || blank < 0) throw new UnreadablePageException("no article header");
        Map<String, String> header = new LinkedHashMap<>();
        for (String line : raw.substring(0, blank).split("\n")) {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        return new Article(page.sha256().substring(0, 16), page.source(), null, header.get("Judul"),
                PublicationTime.parse(header.get("Terbit")), null, List.of(), List.of(), header.get("Media"), null, "id",
                List.of(), List.of(), raw.substring(blank + 2));
    }

    public static Analysis analyse(Page page) {
        Analysis a = Linimasa.analyse(article(page));
        String text = a.text();
        List<Mention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (var e : NAMES.entrySet()) {
            Matcher m = Pattern.compile(Pattern.quote(e.getKey())).matcher(text);
            while (m.find()) {
                mentions.add(new Mention(new Span(m.start(), m.end()), m.group(), e.getValue().type(), e.getValue().id()));
                if (!entities.contains(e.getValue())) entities.add(e.getValue());
            }
        }
        List<Event> events = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            String sentence = s.span().of(text);
            Plover type = sentence.contains("menandatangani") ? Plover.AGREE : sentence.contains("bertemu") ? Plover.CONSULT : null;
            Matcher d = DATE.matcher(sentence);
            if (type == null || !d.find()) continue;
            List<String> states = new ArrayList<>();
            for (var e : NAMES.entrySet()) {
                String state = e.getValue().country();
                if (sentence.contains(e.getKey()) && !states.contains(state)) states.add(state);
            }
            if (states.size() < 2) continue;
            String date = String.format("%s-%02d-%02d", d.group(3), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)));
            events.add(new Event(type, type == Plover.AGREE ? "sign" : "meet", List.of(states.get(0)), List.of(states.get(1)), null,
                    new EventDate(date, Precision.DAY, null), s.span(), s.span(), 0.9, EventStatus.ASSERTED, s.caption()));
        }
        List<Quote> quotes = new ArrayList<>();
        Matcher q = QUOTE.matcher(text);
        while (q.find()) {
            Entity speaker = NAMES.get(q.group(2));
            quotes.add(new Quote(new Span(q.start(1), q.end(1)), q.group(1), true, new Span(q.start(2), q.end(2)),
                    q.group(2), speaker.id(), null));
        }
        return a.withEntities(mentions, entities).withEvents(events).withQuotes(quotes);
    }
}
