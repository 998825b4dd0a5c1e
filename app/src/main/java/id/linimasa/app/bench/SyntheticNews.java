package id.linimasa.app.bench;

import id.linimasa.page.Page;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

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
                return page(next++);
            }
        };
    }

    /** Page i: report {@code i % PER_STORY} of story {@code i / PER_STORY}. */
    public Page page(int i) {
        int story = i / PER_STORY, report = i % PER_STORY;
        Story s = story(story);
        // The last report of every third story is an aggregator's copy of the first: same body, later, other clutter.
        boolean copy = report == PER_STORY - 1 && story % 3 == 0;
        int source = copy ? story * PER_STORY : i;
        int sourceReport = source % PER_STORY;
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + source);
        LocalDateTime published = s.start.atTime(6 + r.nextInt(16), r.nextInt(60)).plusDays(Math.min(sourceReport, s.events.size() - 1));
        int outlet = Math.floorMod(story * 7 + sourceReport * 3, OUTLETS.length);
        List<String> body = body(s, published, outlet, r);
        String text = copy ? aggregator(s, body, published.plusDays(1), r) : switch (outlet % 4) {
            case 0 -> portalLayout(s, body, published, outlet, r);
            case 1 -> reporterEditorLayout(s, body, published, outlet, r);
            case 2 -> reportLayout(s, body, published, r);
            default -> updatedLayout(s, body, published, outlet, r);
        };
        return new Page("synthetic/" + i + ".txt", null, text.getBytes(StandardCharsets.UTF_8), Page.Kind.TEXT);
    }

    private record Event(String kind, LocalDate date) {
    }

    private record Story(int a, int b, String topic, LocalDate start, List<Event> events) {
    }

    private Story story(int story) {
        SplittableRandom r = new SplittableRandom(seed ^ (story * 0x9E3779B97F4A7C15L));
        int a = r.nextInt(STATES.length), b = (a + 1 + r.nextInt(STATES.length - 1)) % STATES.length;
        LocalDate start = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(11 * 365));
        String[] kinds = {"meet", "visit", "letter", "sign", "accuse", "threaten", "sanction", "aid", "reject"};
        List<Event> events = new ArrayList<>();
        LocalDate d = start;
        for (int k = 0, n = 2 + r.nextInt(3); k < n; k++) {
            events.add(new Event(kinds[r.nextInt(kinds.length)], d));
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

    private List<String> body(Story s, LocalDateTime published, int outlet, SplittableRandom r) {
        String a = STATES[s.a][0], b = STATES[s.b][0];
        List<String> out = new ArrayList<>();
        for (Event e : s.events) {
            if (e.date.isAfter(published.toLocalDate())) break;
            String w = when(e.date, published.toLocalDate(), r);
            out.add(switch (e.kind) {
                case "meet" -> official(s.a, 1) + " bertemu dengan " + official(s.b, 1) + " di " + STATES[s.b][1] + " " + w + " untuk membahas kerja sama " + s.topic + ".";
                case "visit" -> official(s.a, 0) + " mengunjungi " + b + " " + w + ", kunjungan pertamanya dalam tiga tahun terakhir.";
                case "letter" -> official(s.b, 0) + " mengirim surat kepada " + official(s.a, 0) + " " + w + ", berisi ajakan memperluas kerja sama " + s.topic + ".";
                case "sign" -> a + " dan " + b + " menandatangani perjanjian " + s.topic + " di " + STATES[s.a][1] + " " + w + ".";
                case "accuse" -> official(s.a, 3) + " menuding " + b + " melanggar kesepakatan " + s.topic + " " + w + ".";
                case "threaten" -> a + " mengancam akan menjatuhkan sanksi kepada " + b + " jika tuntutannya tidak dipenuhi, kata " + official(s.a, 1) + " " + w + ".";
                case "sanction" -> a + " menjatuhkan sanksi terhadap " + (3 + r.nextInt(20)) + " perusahaan asal " + b + " " + w + ".";
                case "aid" -> a + " mengirim bantuan kemanusiaan senilai " + (1 + r.nextInt(90)) + " juta dolar AS ke " + b + " " + w + ".";
                default -> b + " menolak tuduhan " + a + " dan menyebutnya tidak berdasar, kata " + official(s.b, 3) + " " + w + ".";
            });
            out.add(FILLER[r.nextInt(FILLER.length)]);
        }
        out.add("\"" + QUOTES[r.nextInt(QUOTES.length)] + ",\" kata " + person(s.a, 1) + ", " + ROLES[1] + " " + a + ", kepada wartawan.");
        for (int k = 0, n = 2 + r.nextInt(4); k < n; k++) out.add(FILLER[r.nextInt(FILLER.length)]);
        if (r.nextInt(3) == 0) out.add("Sumber: " + OUTLETS[(outlet + 1) % OUTLETS.length][0]);
        return out;
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

    private String portalLayout(Story s, List<String> body, LocalDateTime t, int outlet, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(title(s, r)).append("\n\n- Jurnalis\n\n");
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

    private String reporterEditorLayout(Story s, List<String> body, LocalDateTime t, int outlet, SplittableRandom r) {
        StringBuilder sb = new StringBuilder(title(s, r)).append("\n\nReporter\n\n").append(person(s.a + 7, 2)).append("\n\nEditor\n\n")
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

    private String reportLayout(Story s, List<String> body, LocalDateTime t, SplittableRandom r) {
        StringBuilder sb = new StringBuilder("Berita\n\n").append(official(s.b, 0)).append(" saat berpidato/AFP\n\nDunia\n\n").append(title(s, r)).append("\n\n");
        sb.append(DAYS[t.getDayOfWeek().getValue() - 1].toUpperCase()).append(", ").append(String.format("%02d", t.getDayOfMonth())).append(' ')
                .append(MONTHS[t.getMonthValue() - 1].toUpperCase()).append(' ').append(t.getYear()).append(" | ").append(hm(t)).append(" WIB | LAPORAN: ")
                .append(person(s.b + 3, 1).toUpperCase()).append("\n\n");
        for (String p : body) sb.append(p).append("\n\n");
        return sb.append("Populer\n\n").append(sidebar(r, t, true)).append("Selengkapnya").toString();
    }

    private String updatedLayout(Story s, List<String> body, LocalDateTime t, int outlet, SplittableRandom r) {
        String d = String.format("%02d", t.getDayOfMonth()) + " " + MONTHS_EN[t.getMonthValue() - 1].substring(0, 3) + " " + t.getYear() + ", " + hm(t) + " WIB";
        StringBuilder sb = new StringBuilder(title(s, r)).append("\n\n").append(FILLER[r.nextInt(FILLER.length)]).append("\n\n");
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

    public static List<String> queryWords() {
        List<String> out = new ArrayList<>(List.of(TOPICS));
        out.addAll(List.of("tandatangan perjanjian", "sanksi", "bantuan kemanusiaan", "bertemu", "kunjungan", "surat", "tuduhan"));
        return out;
    }

}
