package id.linimasa.app.bench;

import id.linimasa.Analysis;
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
import id.linimasa.page.Page;
import id.linimasa.quote.Quote;
import id.linimasa.text.SentenceSplitter;
import id.linimasa.text.Span;
import id.linimasa.time.Timex;
import id.linimasa.time.TimexType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Comparator;
import java.util.Locale;

/**
 * Realistic synthetic news pages for load tests (not for quality): bilateral stories between real states
 * with invented officials, each told over several days by several invented outlets in the page layouts
 * Indonesian sites use (with their clutter, bylines, date formats and datelines), some as syndicated
 * copies. Page {@code i} is always the same bytes, so a corpus can be built in several runs.
 */
public final class SyntheticNews {

    /** Articles per story: the reports of one bilateral happening. */
    static final int PER_STORY = 6;

    private static final String[][] STATES = {
            {"Rusia", "Moskow"}, {"Korea Utara", "Pyongyang"}, {"Jepang", "Tokyo"}, {"Tiongkok", "Beijing"},
            {"Amerika Serikat", "Washington"}, {"India", "New Delhi"}, {"Australia", "Canberra"}, {"Malaysia", "Kuala Lumpur"},
            {"Singapura", "Singapura"}, {"Filipina", "Manila"}, {"Vietnam", "Hanoi"}, {"Thailand", "Bangkok"},
            {"Prancis", "Paris"}, {"Jerman", "Berlin"}, {"Inggris", "London"}, {"Brasil", "Brasilia"}, {"Mesir", "Kairo"},
            {"Arab Saudi", "Riyadh"}, {"Iran", "Teheran"}, {"Turki", "Ankara"}, {"Korea Selatan", "Seoul"},
            {"Ukraina", "Kyiv"}, {"Indonesia", "Jakarta"}, {"Pakistan", "Islamabad"}};
    private static final String[] ROLES = {"Presiden", "Menteri Luar Negeri", "Menteri Pertahanan", "juru bicara Kementerian Luar Negeri"};
    private static final String[] SYLLABLES = {"ka", "ri", "no", "sa", "ve", "lo", "mi", "ta", "den", "ar", "bel", "ko", "ur", "zan", "pe",
            "lis", "ma", "dor", "hu", "gan", "ne", "vi", "ros", "tel"};
    private static final String[] TOPICS = {"perdagangan", "energi", "pertahanan", "perikanan", "pendidikan", "pariwisata",
            "infrastruktur", "kesehatan", "teknologi", "pangan", "perbatasan", "investasi"};
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[][] OUTLETS = {
            {"kabarpagi.com", "JAKARTA"}, {"WARTAKOTA24.CO", "Jakarta"}, {"Suarasenja.id", "Surabaya"}, {"harianfajar.net", "Makassar"},
            {"Lintasnusa.com", "Medan"}, {"KORANTIMUR.ID", "Jayapura"}, {"beritadunia.co", "JAKARTA"}, {"Pantaunews.com", "Bandung"}};
    private static final String[] FILLER = {
            "Hubungan kedua negara telah terjalin sejak puluhan tahun lalu dan mengalami pasang surut.",
            "Para analis menilai langkah ini akan berdampak pada stabilitas kawasan dalam beberapa bulan ke depan.",
            "Volume perdagangan kedua negara tercatat meningkat dalam lima tahun terakhir meski sempat turun saat pandemi.",
            "Sejumlah pengamat mengingatkan agar kedua pihak tetap mengedepankan dialog di tengah ketegangan global.",
            "Kementerian terkait belum memberikan keterangan resmi mengenai rincian kesepakatan tersebut.",
            "Isu ini juga dibahas dalam forum regional yang dihadiri para diplomat dari berbagai negara.",
            "Media pemerintah setempat menyiarkan pertemuan itu secara luas pada malam harinya.",
            "Kelompok masyarakat sipil meminta pemerintah lebih terbuka soal isi perundingan."};
    private static final String[] QUOTES = {
            "Kami ingin hubungan ini memberi manfaat nyata bagi rakyat kedua negara",
            "Tidak ada negara yang bisa menyelesaikan masalah ini sendirian",
            "Kami akan terus memantau perkembangan dan mengambil langkah yang diperlukan",
            "Pintu dialog selalu terbuka, tetapi kedaulatan kami tidak bisa ditawar",
            "Kesepakatan ini adalah awal dari babak baru kerja sama kita"};
    private static final String[] SIDEBAR = {
            "Harga Cabai Turun Jelang Akhir Pekan", "Timnas Menang 2-1 di Laga Uji Coba", "Banjir Rendam Ratusan Rumah di Pesisir Utara",
            "Festival Kuliner Digelar di Alun-alun Kota", "Gempa Magnitudo 4,9 Guncang Wilayah Selatan", "Pemkot Siapkan Bus Gratis untuk Pelajar",
            "Harga Emas Naik Tipis Pagi Ini", "Kecelakaan Beruntun di Jalan Tol, Tiga Mobil Rusak"};

    private final long seed;

    public SyntheticNews(long seed) {
        this.seed = seed;
    }

    /** Pages 0 to n-1, made one at a time as they are iterated. */
    public Iterable<Page> pages(int n) {
        return () -> new Iterator<>() {
            int next = 0;

            @Override
            public boolean hasNext() {
                return next < n;
            }

            @Override
            public Page next() {
                if (next >= n) throw new NoSuchElementException();
                return report(next++).page();
            }
        };
    }

    public Page page(int i) {
        return report(i).page();
    }

    /**
     * The analysis the generator knows page i to have (what it wrote: names, dates, quotes, events), for
     * building a large corpus fast when the load test, not the analysis, is the point. Takes the pages
     * this generator made ({@code synthetic/N.txt}).
     */
    public Analysis analysis(Page page) {
        String name = page.source();
        if (!name.startsWith(SOURCE_PREFIX) || !name.endsWith(".txt")) throw new IllegalArgumentException(name + ": not a synthetic page");
        return report(Integer.parseInt(name.substring(SOURCE_PREFIX.length(), name.length() - 4))).analysis();
    }

    static final String SOURCE_PREFIX = "synthetic/";

    /** A page and what is in it. */
    record Report(Page page, Analysis analysis) {
    }

    /** Page i: report {@code i % PER_STORY} of story {@code i / PER_STORY}. */
    Report report(int i) {
        int story = i / PER_STORY, report = i % PER_STORY;
        Story s = story(story);
        // The last report of every third story is an aggregator's copy of the first: same body, later, other clutter.
        boolean copy = report == PER_STORY - 1 && story % 3 == 0;
        int source = copy ? story * PER_STORY : i;
        int sourceReport = source % PER_STORY;
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + source);
        LocalDateTime published = s.start.atTime(6 + r.nextInt(16), r.nextInt(60)).plusDays(Math.min(sourceReport, s.events.size() - 1));
        int outlet = Math.floorMod(story * 7 + sourceReport * 3, OUTLETS.length);
        String title = title(s, r);
        Known known = new Known();
        List<String> body = body(s, published, outlet, r, known);
        String author;
        String text;
        if (copy) {
            published = published.plusDays(1);
            author = null;
            text = aggregator(s, body, published, r);
        } else {
            author = switch (outlet % 4) {
                case 0 -> null;
                case 1 -> person(s.a + 7, 2);
                case 2 -> person(s.b + 3, 1);
                default -> person(s.a + 5, 0);
            };
            text = switch (outlet % 4) {
                case 0 -> portalLayout(title, body, published, outlet, r);
                case 1 -> reporterEditorLayout(s, title, body, published, outlet, r);
                case 2 -> reportLayout(s, title, body, published, r);
                default -> updatedLayout(s, title, body, published, outlet, r);
            };
        }
        Page page = new Page(SOURCE_PREFIX + i + ".txt", null, text.getBytes(StandardCharsets.UTF_8), Page.Kind.TEXT);
        ZoneOffset zone = ZoneOffset.ofHours(copy ? 7 : switch (zone(outlet)) { case "WIT" -> 9; case "WITA" -> 8; default -> 7; });
        Article article = new Article(page.sha256().substring(0, 16), page.source(), null, copy ? null : title,
                copy ? PublicationTime.ofDate(published.toLocalDate()) : new PublicationTime(published.toLocalDate(), published.toLocalTime(), zone),
                null, author == null ? List.of() : List.of(author), List.of(), copy ? null : OUTLETS[outlet][0], copy ? null : OUTLETS[outlet][1], "id",
                List.of(), List.of(), String.join("\n", body));
        return new Report(page, known.annotate(article, s));
    }

    private record Happening(String kind, LocalDate date) {
    }

    private record Story(int a, int b, String topic, LocalDate start, List<Happening> events) {
    }

    private Story story(int story) {
        SplittableRandom r = new SplittableRandom(seed ^ (story * 0x9E3779B97F4A7C15L));
        int a = r.nextInt(STATES.length), b = (a + 1 + r.nextInt(STATES.length - 1)) % STATES.length;
        LocalDate start = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(11 * 365));
        String[] kinds = {"meet", "visit", "letter", "sign", "accuse", "threaten", "sanction", "aid", "reject"};
        List<Happening> events = new ArrayList<>();
        LocalDate d = start;
        for (int k = 0, n = 2 + r.nextInt(3); k < n; k++) {
            events.add(new Happening(kinds[r.nextInt(kinds.length)], d));
            d = d.plusDays(1 + r.nextInt(2));
        }
        return new Story(a, b, TOPICS[r.nextInt(TOPICS.length)], start, events);
    }

    private static String person(int state, int role) {
        SplittableRandom r = new SplittableRandom(state * 101L + role);
        return cap(name(r)) + " " + cap(name(r));
    }

    private static String name(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0, n = 2 + r.nextInt(2); k < n; k++) sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        return sb.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String official(int state, int role) {
        return ROLES[role] + " " + STATES[state][0] + " " + person(state, role);
    }

    /** How a report refers to a day: relative to its own publication, as Indonesian news does. */
    private static String when(LocalDate day, LocalDate published, SplittableRandom r) {
        long back = published.toEpochDay() - day.toEpochDay();
        String dayName = DAYS[day.getDayOfWeek().getValue() - 1];
        return switch (back == 1 ? r.nextInt(4) : r.nextInt(3) + 1) {
            case 0 -> "kemarin";
            case 1 -> "pada hari " + dayName;
            case 2 -> dayName + " (" + day.getDayOfMonth() + "/" + day.getMonthValue() + ")";
            default -> "pada " + day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1] + " " + day.getYear();
        };
    }

    private List<String> body(Story s, LocalDateTime published, int outlet, SplittableRandom r, Known known) {
        String a = STATES[s.a][0], b = STATES[s.b][0];
        List<String> out = new ArrayList<>();
        for (Happening e : s.events) {
            if (e.date.isAfter(published.toLocalDate())) break;
            String w = when(e.date, published.toLocalDate(), r);
            String sentence = switch (e.kind) {
                case "meet" -> official(s.a, 1) + " bertemu dengan " + official(s.b, 1) + " di " + STATES[s.b][1] + " " + w + " untuk membahas kerja sama " + s.topic + ".";
                case "visit" -> official(s.a, 0) + " mengunjungi " + b + " " + w + ", kunjungan pertamanya dalam tiga tahun terakhir.";
                case "letter" -> official(s.b, 0) + " mengirim surat kepada " + official(s.a, 0) + " " + w + ", berisi ajakan memperluas kerja sama " + s.topic + ".";
                case "sign" -> a + " dan " + b + " menandatangani perjanjian " + s.topic + " di " + STATES[s.a][1] + " " + w + ".";
                case "accuse" -> official(s.a, 3) + " menuding " + b + " melanggar kesepakatan " + s.topic + " " + w + ".";
                case "threaten" -> a + " mengancam akan menjatuhkan sanksi kepada " + b + " jika tuntutannya tidak dipenuhi, kata " + official(s.a, 1) + " " + w + ".";
                case "sanction" -> a + " menjatuhkan sanksi terhadap " + (3 + r.nextInt(20)) + " perusahaan asal " + b + " " + w + ".";
                case "aid" -> a + " mengirim bantuan kemanusiaan senilai " + (1 + r.nextInt(90)) + " juta dolar AS ke " + b + " " + w + ".";
                default -> b + " menolak tuduhan " + a + " dan menyebutnya tidak berdasar, kata " + official(s.b, 3) + " " + w + ".";
            };
            known.events.add(new KnownEvent(e.kind, sentence, w, e.date));
            out.add(sentence);
            out.add(FILLER[r.nextInt(FILLER.length)]);
        }
        String quote = QUOTES[r.nextInt(QUOTES.length)];
        known.quote = quote;
        out.add("\"" + quote + ",\" kata " + person(s.a, 1) + ", " + ROLES[1] + " " + a + ", kepada wartawan.");
        for (int k = 0, n = 4 + r.nextInt(4); k < n; k++) out.add(FILLER[r.nextInt(FILLER.length)]);
        if (r.nextInt(3) == 0) out.add("Sumber: " + OUTLETS[(outlet + 1) % OUTLETS.length][0]);
        return out;
    }

    private record KnownEvent(String kind, String sentence, String when, LocalDate date) {
    }

    /** What the generator wrote into a body, turned into the layers the analysis stages would add. */
    private static final class Known {
        final List<KnownEvent> events = new ArrayList<>();
        String quote;

        Analysis annotate(Article article, Story s) {
            Analysis a = new SentenceSplitter().apply(Analysis.of(article));
            String text = a.text();
            List<Mention> mentions = new ArrayList<>();
            Map<String, Entity> entities = new LinkedHashMap<>();
            for (int state = 0; state < STATES.length; state++) {
                find(text, STATES[state][0], ISO[state], EntityType.LOC, STATES[state][0], ISO[state], mentions, entities);
            }
            for (int state : new int[]{s.a, s.b}) {
                if (!STATES[state][1].equals(STATES[state][0])) {
                    find(text, STATES[state][1], "loc:" + slug(STATES[state][1]), EntityType.LOC, STATES[state][1], ISO[state], mentions, entities);
                }
                for (int role = 0; role < ROLES.length; role++) {
                    String name = person(state, role);
                    find(text, name, "per:" + slug(name), EntityType.PER, name, ISO[state], mentions, entities);
                }
            }
            mentions.sort(Comparator.comparingInt(m -> m.span().start()));
            List<Timex> timexes = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            for (KnownEvent e : this.events) {
                int at = text.indexOf(e.sentence);
                if (at < 0) continue;
                Span sentence = new Span(at, at + e.sentence.length());
                int w = text.indexOf(e.when, at);
                Span when = new Span(w, w + e.when.length());
                timexes.add(new Timex(when, e.when, TimexType.DATE, e.date.toString()));
                String[] coding = CODING.get(e.kind);
                int t = text.indexOf(coding[2], at);
                boolean forward = !e.kind.equals("letter") && !e.kind.equals("reject");
                List<String> sources = List.of(ISO[forward ? s.a : s.b]), targets = List.of(ISO[forward ? s.b : s.a]);
                events.add(new Event(Plover.valueOf(coding[0]), coding[1], sources, targets, null,
                        new EventDate(e.date.toString(), Precision.DAY, when), sentence, new Span(t, t + coding[2].length()), 1.0,
                        EventStatus.ASSERTED, false));
            }
            List<Quote> quotes = new ArrayList<>();
            int q = quote == null ? -1 : text.indexOf(quote);
            if (q >= 0) {
                String speaker = person(s.a, 1);
                int sp = text.indexOf(speaker, q);
                quotes.add(new Quote(new Span(q, q + quote.length()), quote, true, new Span(sp, sp + speaker.length()), speaker,
                        "per:" + slug(speaker), ROLES[1] + " " + STATES[s.a][0]));
            }
            timexes.sort(Comparator.comparingInt(x -> x.span().start()));
            return a.withEntities(mentions, List.copyOf(entities.values())).withTimexes(timexes).withQuotes(quotes).withEvents(events);
        }

        private static void find(String text, String name, String id, EntityType type, String canonical, String country,
                                 List<Mention> mentions, Map<String, Entity> entities) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
                int end = at + name.length();
                if (!wordStart || (end < text.length() && Character.isLetter(text.charAt(end)))) continue;
                mentions.add(new Mention(new Span(at, end), name, type, id));
                entities.putIfAbsent(id, new Entity(id, type, canonical, List.of(), country, List.of()));
            }
        }
    }

    /** PLOVER type, mode and trigger words of each kind of event the generator writes. */
    private static final Map<String, String[]> CODING = Map.of(
            "meet", new String[]{"CONSULT", "meet", "bertemu"}, "visit", new String[]{"CONSULT", "visit", "mengunjungi"},
            "letter", new String[]{"CONSULT", "letter", "mengirim surat"}, "sign", new String[]{"AGREE", "sign", "menandatangani"},
            "accuse", new String[]{"ACCUSE", null, "menuding"}, "threaten", new String[]{"THREATEN", null, "mengancam"},
            "sanction", new String[]{"SANCTION", null, "menjatuhkan sanksi"}, "aid", new String[]{"AID", null, "mengirim bantuan"},
            "reject", new String[]{"REJECT", null, "menolak"});

    /** ISO 3166 alpha-3 codes of {@link #STATES}, in the same order: the ids the entity linker gives states. */
    private static final String[] ISO = {"RUS", "PRK", "JPN", "CHN", "USA", "IND", "AUS", "MYS", "SGP", "PHL", "VNM", "THA", "FRA", "DEU",
            "GBR", "BRA", "EGY", "SAU", "IRN", "TUR", "KOR", "UKR", "IDN", "PAK"};

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static String title(Story s, SplittableRandom r) {
        String a = STATES[s.a][0], b = STATES[s.b][0];
        return switch (r.nextInt(4)) {
            case 0 -> a + " dan " + b + " Perkuat Kerja Sama " + cap(s.topic);
            case 1 -> "Ketegangan " + a + "-" + b + " soal " + cap(s.topic) + " Memanas";
            case 2 -> "Menlu " + a + " Bahas " + cap(s.topic) + " dengan " + b;
            default -> a + " Kirim Sinyal Baru ke " + b + ", Ini Kata Analis";
        };
    }

    private static String lead(String outletName, String city, List<String> body, String dash) {
        return city.equals(city.toUpperCase()) ? city + ", " + outletName.toLowerCase() + " " + dash + " " + body.getFirst()
                : outletName + ", " + city + " " + dash + " " + body.getFirst();
    }

    private static String zone(int outlet) {
        return outlet == 5 ? "WIT" : outlet == 3 ? "WITA" : "WIB";
    }

    private static String hm(LocalDateTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    private static String sidebar(SplittableRandom r, LocalDateTime published, boolean caps) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            LocalDateTime t = published.minusHours(1 + r.nextInt(40));
            sb.append(SIDEBAR[r.nextInt(SIDEBAR.length)]).append("\n\n");
            String day = DAYS[t.getDayOfWeek().getValue() - 1];
            sb.append(caps ? day + ", " + String.format("%02d", t.getDayOfMonth()) + " " + MONTHS[t.getMonthValue() - 1] + " " + t.getYear() + " | " + hm(t)
                    : day + ", " + t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + t.getYear() + " - " + hm(t) + " WIB").append("\n\n");
        }
        return sb.toString();
    }

    private String portalLayout(String title, List<String> body, LocalDateTime t, int outlet, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(title).append("\n\n- Jurnalis\n\n");
        sb.append(DAYS[t.getDayOfWeek().getValue() - 1]).append(", ").append(t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1])
                .append(' ').append(t.getYear()).append(" - ").append(hm(t)).append(' ').append(zone(outlet)).append("\n\n");
        sb.append("facebook twitter whatsapp telegram line copy\n\nURL berhasil dicopy\n\n");
        sb.append(body.getFirst()).append("\n\n");
        sb.append(lead(OUTLETS[outlet][0], OUTLETS[outlet][1], body, "–")).append("\n\n");
        for (int k = 1; k < body.size(); k++) {
            sb.append(body.get(k)).append("\n\n");
            if (k == 2) sb.append("Baca Juga :  ").append(SIDEBAR[r.nextInt(SIDEBAR.length)]).append("\n\n");
        }
        return sb.append("Berita Terkait\n\n").append(sidebar(r, t, false)).append("Berita ini ").append(2 + r.nextInt(90)).append(" kali dibaca\n").toString();
    }

    private String reporterEditorLayout(Story s, String title, List<String> body, LocalDateTime t, int outlet, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(title).append("\n\nReporter\n\n").append(person(s.a + 7, 2)).append("\n\nEditor\n\n")
                .append(person(s.b + 11, 3)).append("\n\n");
        sb.append(DAYS[t.getDayOfWeek().getValue() - 1]).append(", ").append(t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1])
                .append(' ').append(t.getYear()).append(' ').append(hm(t)).append(' ').append(zone(outlet)).append("\n\n");
        sb.append(official(s.a, 0)).append(" dalam sebuah acara di ").append(STATES[s.a][1]).append(". Foto: Dok. Humas\n\n");
        sb.append(lead(OUTLETS[outlet][0], OUTLETS[outlet][1], body, "-")).append("\n\n");
        for (int k = 1; k < body.size(); k++) sb.append(body.get(k)).append("\n\n");
        sb.append("REUTERS | AFP\n\nPilihan Editor: ").append(SIDEBAR[r.nextInt(SIDEBAR.length)]).append("\n\nBerita terkait\n\n");
        for (int k = 0; k < 3; k++) {
            String h = SIDEBAR[r.nextInt(SIDEBAR.length)];
            sb.append(h).append("\n\n").append(1 + k).append(" hari lalu\n\n").append(h).append("\n\nBaca Selengkapnya\n\n");
        }
        return sb.toString();
    }

    private String reportLayout(Story s, String title, List<String> body, LocalDateTime t, SplittableRandom r) {
        StringBuilder sb = new StringBuilder("Berita\n\n").append(official(s.b, 0)).append(" saat berpidato/AFP\n\nDunia\n\n").append(title).append("\n\n");
        sb.append(DAYS[t.getDayOfWeek().getValue() - 1].toUpperCase()).append(", ").append(String.format("%02d", t.getDayOfMonth())).append(' ')
                .append(MONTHS[t.getMonthValue() - 1].toUpperCase()).append(' ').append(t.getYear()).append(" | ").append(hm(t)).append(" WIB | LAPORAN: ")
                .append(person(s.b + 3, 1).toUpperCase()).append("\n\n");
        for (String p : body) sb.append(p).append("\n\n");
        return sb.append("Populer\n\n").append(sidebar(r, t, true)).append("Selengkapnya").toString();
    }

    private String updatedLayout(Story s, String title, List<String> body, LocalDateTime t, int outlet, SplittableRandom r) {
        String d = String.format("%02d", t.getDayOfMonth()) + " " + MONTHS_EN[t.getMonthValue() - 1].substring(0, 3) + " " + t.getYear() + ", " + hm(t) + " WIB";
        StringBuilder sb = new StringBuilder(title).append("\n\n").append(FILLER[r.nextInt(FILLER.length)]).append("\n\n");
        sb.append("oleh ").append(person(s.a + 5, 0)).append(" Diperbarui ").append(d).append("\nDiterbitkan ").append(d).append('\n');
        sb.append(official(s.a, 1)).append(" di ").append(STATES[s.a][1]).append(". (Dok. AP Photo)... Selengkapnya\n\n");
        sb.append(lead(OUTLETS[outlet][0], OUTLETS[outlet][1], body, "-")).append("\n\n");
        for (int k = 1; k < body.size(); k++) {
            sb.append(body.get(k)).append("\n\n");
            if (k == 2) sb.append("Promosi 1\n\n");
        }
        return sb.append("Lanjutkan Membaca ↓\nLoading\n\nVideo Pilihan Hari Ini\n\nPOPULER\n\nBerita Terkini Selengkapnya").toString();
    }

    private String aggregator(Story s, List<String> body, LocalDateTime t, SplittableRandom r) {
        StringBuilder sb = new StringBuilder("Berita Terkini\n").append(SIDEBAR[r.nextInt(SIDEBAR.length)]).append("\n/index.php\n");
        sb.append("Berita Terkini - Diposting pada ").append(t.getDayOfMonth()).append(' ').append(MONTHS_EN[t.getMonthValue() - 1]).append(' ')
                .append(t.getYear()).append(" Waktu baca 3 menit\n");
        for (String p : body) sb.append(p).append('\n');
        return sb.append("Sumber: ").append(OUTLETS[Math.floorMod(s.a, OUTLETS.length)][0]).append('\n')
                .append("DISCLAIMER\nSeluruh informasi di situs ini dirangkum dari berbagai sumber untuk tujuan informasi umum.").toString();
    }

    /** The entity pairs and query words a load test asks about: what this generator writes. */
    public static List<String[]> statePairs() {
        List<String[]> out = new ArrayList<>();
        for (int a = 0; a < STATES.length; a++) for (int b = a + 1; b < STATES.length; b++) out.add(new String[]{STATES[a][0], STATES[b][0]});
        return out;
    }

    /** The outlets the generator writes for, as pages name them. */
    public static List<String> outlets() {
        return Arrays.stream(OUTLETS).map(o -> o[0]).toList();
    }

    public static List<String> queryWords() {
        List<String> out = new ArrayList<>(List.of(TOPICS));
        out.addAll(List.of("tandatangan perjanjian", "sanksi", "bantuan kemanusiaan", "bertemu", "kunjungan", "surat", "tuduhan"));
        return out;
    }

}
