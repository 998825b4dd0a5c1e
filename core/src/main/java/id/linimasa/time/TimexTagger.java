package id.linimasa.time;

import id.linimasa.Analysis;
import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.text.Sentence;
import id.linimasa.text.SentenceSplitter;
import id.linimasa.text.Span;
import id.linimasa.text.Tokenizer;
import id.linimasa.time.Anchor.Grain;
import id.linimasa.text.WordMap;
import id.linimasa.text.WordSet;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static id.linimasa.time.TimeLexicon.MONTH;
import static id.linimasa.time.TimeLexicon.MONTH_FULL;
import static id.linimasa.time.TimeLexicon.NUMBER;
import static id.linimasa.time.TimeLexicon.PART_OF_DAY;
import static id.linimasa.time.TimeLexicon.SE_UNIT;
import static id.linimasa.time.TimeLexicon.UNIT;
import static id.linimasa.time.TimeLexicon.WEEKDAY;
import static id.linimasa.time.TimeLexicon.ZONE;

/**
 * Finds and normalises temporal expressions (TIMEX3: DATE, TIME, DURATION, SET) in Indonesian and English
 * news text. Rule based: every rule is a precompiled pattern. One pass over the words of the text stops only
 * at words that can start an expression (a digit, a month, "kemarin", "setiap"...); there the longest rule
 * that matches and accepts its context wins, and the pass goes on after it.
 * <p>
 * Deictic expressions ("kemarin", "Senin lalu", "tahun ini") count from the publication date; narrative ones
 * ("sehari kemudian", "saat itu", "dua hari sebelumnya") from the last date the text itself set. A bare
 * weekday or month in news reports the most recent one on or before publication, unless the sentence speaks
 * of the future ("akan", "dijadwalkan"...). Immutable and thread-safe.
 */
public final class TimexTagger {

    private static final String B0 = "(?<![\\p{L}\\p{N}])";
    private static final String B1 = "(?![\\p{L}\\p{N}])";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    private static final String MON_NUM = "(?:0?[1-9]|1[0-2])";
    private static final String YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
    private static final String RANGE = "\\s*(?:-|–|hingga|sampai|s\\.?d\\.?|dan|to|until)\\s*";
    private static final Set<String> SPEED_UNITS = WordSet.of("km", "kilometer", "meter", "m", "mil", "knot", "kilo");
    /** Units from the largest to the smallest. */
    private static final List<String> UNIT_ORDER = List.of("CE", "DE", "WINDU", "Y", "M", "W", "D", "H", "MIN", "S");
    private static final Set<String> MODIFIERS = WordSet.of("awal", "akhir", "pertengahan", "medio", "early", "late", "mid");
    private static final Set<String> APPROXIMATIONS = WordSet.of("sekitar", "kurang", "lebih", "hampir", "nyaris", "setidaknya",
            "sedikitnya", "paling", "about", "around", "more", "less", "nearly", "almost", "over", "the", "next", "last", "past", "first");
    /** Words before "N units mendatang" that make it a stretch of time ("dalam tiga bulan mendatang"), not a date. */
    private static final Set<String> WITHIN = WordSet.of("dalam", "selama", "sepanjang");
    /** Words before an amount of years or months that make it someone's or something's age. */
    private static final Set<String> AGE_WORDS = WordSet.of("usia", "berusia", "umur", "berumur", "usianya", "umurnya", "aged");
    /** Names a date or a month stands in ("Universitas Sebelas Maret", "Jalan 17 Agustus", "Stadion 10 November"). */
    private static final Set<String> NAME_HEADS = WordSet.of("universitas", "jalan", "jl", "stadion", "gedung", "lapangan", "tugu",
            "monumen", "taman", "gang", "institut", "bandara", "pelabuhan", "kampus", "alun", "pasar", "sekolah", "simpang", "bundaran");
    /** Words before "N units lagi" that make it what is left ("tinggal setahun lagi"), not a date. */
    private static final Set<String> REMAINING = WordSet.of("tinggal", "sisa", "tersisa", "kurang");
    /** "Nomor 17 Tahun 2003": the number and year of a law, not a duration or a date. */
    private static final Pattern LAW_NUMBER = Pattern.compile("(?i)(?:nomor|no\\.?)\\s*\\d+\\s*(?:tahun\\s*)?$");
    /** Named periods of the past: "masa Orde Baru", "zaman penjajahan Belanda". */
    private static final Pattern NAMED_ERA = Pattern.compile("(?:masa|era|zaman|rezim) .*");
    /** "pukul 06.00 WITA tadi": earlier today, whatever day the story last set. */
    private static final Pattern EARLIER_TODAY = Pattern.compile("\\s+tadi(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    /** The n-th day of something ("hari ketiga", "hari ke-5"), dated by the day the sentence names, else publication. */
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)hari\\s+(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh"
            + "|kedelapan|kesembilan|kesepuluh|ke-?\\s*\\d{1,3}|terakhir)");
    /** "Kalau Rabu ...", "Jika Jumat ...": a condition, which looks ahead (but "jika dibandingkan" compares). */
    private static final Pattern CONDITION = Pattern.compile("(?i)(?<!\\p{L})(?:kalau|jika|apabila|bila)(?!\\p{L})(?!\\s+dibanding)");
    private static final Set<String> EVERY = WordSet.of("setiap", "tiap", "saban", "every");
    private static final Pattern EVERY_YEAR = Pattern.compile("(?<![\\p{L}])(?:setiap|tiap|saban)\\s+(?:tahun|menjelang|jelang|usai|setelah)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LAST_STRETCH = Pattern.compile("(?i)\\s+(?:terakhir|belakangan|ke\\s+depan)(?!\\p{L})");
    /** Words before the day something began: "digelar mulai Jumat (16/6)", "dibuka sejak 1 Juli". */
    private static final Set<String> STARTS = WordSet.of("mulai", "dimulai", "sejak", "from", "starting");
    private static final Pattern CHRISTMAS_AND = Pattern.compile("(?i)\\s*(?:dan|serta|&|and|hingga|sampai|-)\\s*(?:libur\\s+)?");
    /** An amount just before "a month": "$200) a month", "Rp 2 million a month", "500 tons a day". */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?i)(?:\\d\\)?|\\d\\s+\\p{L}{1,12}|million|billion|trillion|dollars|rupiah|tons|barrels|times|percent)\\s*$");
    private static final Set<String> ENGLISH_FOR = WordSet.of("for", "within", "in");
    private static final Pattern RECURRENCE_LIST = Pattern.compile("(?i)\\s*[,:]?\\s*(?:yakni|yaitu|masing-masing|setiap|pada)?\\s*");
    private static final Pattern LIST_WORD = Pattern.compile("(?i)\\s*,?\\s*(?:dan|atau|serta|and|or)?\\s*");
    private static final Pattern COMPARED = Pattern.compile("(?i)\\s+(?:than|dari(?:\\s+(?:rencana|jadwal|target))|daripada)(?!\\p{L})");
    private static final Pattern PRESENT_DEIXIS = Pattern.compile("(?i)(?:hari|pagi|siang|sore|petang|malam)\\s+ini|today|this\\s+(?:morning|afternoon|evening)");
    /** Every PRESENT_DEIXIS form ends with one of these words. */
    private static final String[] PRESENT_ENDS = {"ini", "today", "morning", "afternoon", "evening"};

    private static boolean presentDeixis(String text, int start, int end) {
        return endsWithOne(text, start, end, PRESENT_ENDS) && PRESENT_DEIXIS.matcher(text.substring(start, end)).matches();
    }
    private static final Pattern LISTED_DAYS = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<days>(?:\\d{1,2}\\s*,\\s*)*\\d{1,2})\\s*,?\\s*(?:dan|serta|and|&)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern FALLS_ON = Pattern.compile("(?i)jatuh\\s+pada|bertepatan\\s+dengan|falls\\s+on|fell\\s+on");
    private static final Pattern UP_TO = Pattern.compile("(?i)sampai\\s+dengan\\s+(?:bulan\\s+)?$");
    private static final Set<String> UNTIL = WordSet.of("hingga", "sampai", "until", "till");
    private static final Set<String> BOUNDS = WordSet.of("sejak", "hingga", "sampai", "menjelang", "jelang", "mulai", "since", "until");
    private static final Set<String> VAGUE = WordSet.of("beberapa", "puluhan", "belasan", "ratusan", "ribuan", "sekian", "several", "a");
    private static final String MOD = "(?:(?<mod>awal|akhir|pertengahan|medio|early|late|mid"
            + "|(?:pekan|minggu)\\s+(?:pertama|kedua|ketiga|keempat|terakhir)(?:\\s+bulan)?)(?:\\s+|(?<=early|late|mid)-))?";

    /** Words before a bare year or month that make it a time ("pada 2022", "sejak 1948", "hingga Juli"). */
    private static final Set<String> TIME_PREPOSITIONS = WordSet.of("pada", "sejak", "hingga", "sampai", "antara", "dari",
            "selama", "sepanjang", "jelang", "menjelang", "per", "sebelum", "setelah", "sesudah", "usai", "pasca", "di",
            "ke", "dan", "atau", "tahun", "periode", "era", "musim", "medio", "akhir", "awal", "pertengahan", "mulai",
            "dalam", "tanggal", "bulan", "in", "since", "until", "by", "on", "of", "to", "from", "and", "during", "before",
            "after", "hari", "edisi", "sekitar");
    /** Words before a four-digit number that make it a count ("sebanyak 2000 orang"), not a year. */
    private static final Set<String> QUANTITY_WORDS = WordSet.of("sebanyak", "sejumlah", "hampir", "mencapai", "total",
            "rp", "us$", "nomor", "no", "pasal", "ayat", "kode", "lebih", "kurang", "setidaknya", "sedikitnya");
    /** Nouns after a four-digit number that make it a count. */
    private static final Pattern COUNT_NOUN = Pattern.compile("\\s+(?:orang|unit|personel|tentara|warga|jiwa|rumah|buah|ekor|kali"
            + "|kursi|suara|km|kilometer|meter|m|kg|ton|hektare|ha|dolar|rupiah|peserta|pasukan|penumpang|korban|kasus|butir"
            + "|lembar|set|porsi|titik|mil|ribu|juta|miliar|triliun|people|troops|soldiers)" + B1,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** After "hari", the rules of weekdays need one ("hari Senin"); those of the n-th day an ordinal ("hari ketiga", "hari ke-5"). */
    private static final AfterNumber.Test AFTER_HARI_WEEKDAY = WordsAhead.after("hari", "senin", "selasa", "rabu", "kamis", "jum", "sabtu", "minggu",
            "ahad", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final AfterNumber.Test AFTER_MALAM_WEEKDAY = WordsAhead.after("malam", "senin", "selasa", "rabu", "kamis", "jum", "sabtu", "minggu", "ahad",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Words before "malam" that make it the depth of a night: "larut malam Sabtu" is late on Saturday. */
    private static final Set<String> LATE_NIGHT = WordSet.of("larut", "tengah");
    /** The five days of the Javanese market week, in their order. */
    private static final List<String> PASARAN_DAYS = List.of("legi", "pahing", "pon", "wage", "kliwon");
    private static final String PASARAN = "(?:" + String.join("|", PASARAN_DAYS) + ")";
    /** A Legi (Friday 17 August 1945), from which the market days are counted. */
    private static final LocalDate LEGI = LocalDate.of(1945, 8, 17);
    private static final AfterNumber.Test AFTER_HARI_ORDINAL = WordsAhead.after("hari", "pertama", "ke", "terakhir");
    /** The words of {@link TimeLexicon#SE_UNIT} with their prefix, "sehari", "setahun": made from it, so the two can't part. */
    private static final String[] SE_UNITS = Stream.of(SE_UNIT.substring("(?:".length(), SE_UNIT.length() - 1).split("\\|"))
            .map(u -> "se" + u).toArray(String[]::new);

    private final List<Rule> rules = new ArrayList<>();
    private final Set<String> firstWords = new HashSet<>();
    /** The rules each word can start, in rule order, worked out once so the scan does one lookup per word. */
    private final WordMap<int[]> wordRules;
    /** A bit for the {@link #lowerHash} of each word that starts rules: most words start none, and need no lower-cased copy to tell. */
    private final java.util.BitSet wordHashes = new java.util.BitSet(1 << 16);
    private final int[] digitRules;
    /**
     * Each thread's matchers of the rules, kept from text to text (reset keeps their bounds' settings): a new matcher
     * costs its group arrays and a copy of its pattern's group names, and a page tries a dozen rules.
     */
    private final ThreadLocal<Matcher[]> matchers = ThreadLocal.withInitial(() -> new Matcher[rules.size()]);
    private final int[] bracketRules;

    public TimexTagger() {
        // Weekday with its date in brackets or written out: "Selasa (30/12/2014)", "Senin(15/8)", "Rabu, 17 Januari 2024".
        // "Senin-Rabu (12-14/9)": two days sharing one bracket.
        rule(AFTER_HARI_WEEKDAY, "hari #WD", "(?:(?<wd0>" + WEEKDAY + ")\\s*[-–]\\s*)?(?:hari\\s+)?(?<wd>" + WEEKDAY + ")(?:\\s+" + PASARAN + ")?(?:\\s+(?<pod>" + PART_OF_DAY + "))?(?:\\s+(?:lalu|kemarin))?\\s*,?\\s*(?:"
                + "\\(\\s*(?:(?<bd0>" + DAY + ")\\s*[-–]\\s*)?(?<bd>" + DAY + ")\\s*/\\s*(?<bm>" + MON_NUM + ")(?:\\s*/\\s*(?<by>\\d{4}|\\d{2}))?\\s*\\)"
                + "|(?<open>\\(\\s*)?(?<d>" + DAY + ")\\s+(?<m>" + MONTH + ")(?:\\s+(?<y>" + YEAR + "))?(?:\\s*(?<close>\\)))?"
                + "|(?<nd>" + DAY + ")[/.-](?<nm>" + MON_NUM + ")[/.-](?<ny>\\d{4}))"
                + "(?:\\s+(?<pod2>" + PART_OF_DAY + ")(?:\\s+(?:WIB|WITA|WIT)(?![\\p{L}]))?)?(?:\\s+(?:lalu|kemarin))?", this::weekdayWithDate);
        // Day and month in words: "1 Maret 2025", "28 Feb 2025", "1-3 Maret", "March 1, 2025".
        rule(AfterNumber.MONTH_OR_RANGE, "tanggal #D #POD", "(?:(?<pod>pagi|siang|sore|petang|malam)\\s+(?:hari\\s+)?)?(?:tanggal\\s+)?(?<d1>" + DAY + ")(?:" + RANGE + "(?<d2>" + DAY + "))?\\s+(?<m>" + MONTH + ")(?:\\s+(?<y>" + YEAR + ")"
                + "|\\s+(?<rel>lalu|yang\\s+lalu|silam|mendatang|nanti))?", this::dayMonth);
        rule("#MON", "(?<m>" + MONTH + ")\\s+(?<d1>" + DAY + ")(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?<d2>" + DAY + ")(?:st|nd|rd|th)?)?(?:,?\\s+(?<y>" + YEAR + "))?", this::dayMonth);
        // Dates in digits: "30/12/2014", "2025-02-27", "(27/2)".
        rule(WordsAhead.both(AfterNumber.DATE_SEPARATOR, AfterNumber.BRACKET_DAY), "#D (", "(?:(?<d>" + DAY + ")[/.-](?<m>" + MON_NUM + ")[/.-](?<y>\\d{4})|(?<iy>" + YEAR + ")-(?<im>[01]\\d)-(?<id>[0-3]\\d)"
                + "|\\(\\s*(?<bd>" + DAY + ")\\s*/\\s*(?<bm>" + MON_NUM + ")(?:\\s*/\\s*(?<by>\\d{4}|\\d{2}))?\\s*\\))", this::numericDate);
        // Hijri dates: "1 Syawal 1445 Hijriah", "10 Dzulhijjah 1444 H", "1 Muharram"; "malam 1 Suro" is the eve of the Javanese new year.
        rule(WordsAhead.both(AfterNumber.HIJRI_MONTH, WordsAhead.both(WordsAhead.after("malam", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "satu"),
                WordsAhead.after("satu", "ram", "sya", "dzu", "zul", "muh", "sur"))), "#D malam satu",
                "(?:(?<malam>malam)\\s+)?(?:(?<d>" + DAY + ")|satu)\\s+(?<hm>ramadh?an|syawal|syawwal|dzulhijjah|zulhijah|zulhijjah|dzulhijah|muharr?am|suro|sura)"
                + "(?:\\s+(?<hy>1[34]\\d\\d)(?:\\s*(?:hijriah|hijriyah|h))?)?", this::hijriDate);
        // Halves of a year: "paruh pertama 2024", "paruh kedua tahun ini".
        rule("paruh", "paruh\\s+(?<q>pertama|kedua|awal|akhir)(?:\\s+(?:tahun\\s+)?(?:(?<y>" + YEAR + ")|(?<rel>ini|lalu|depan)))?", (m, s) -> {
            String y = g(m, "y") != null ? g(m, "y") : s.dct == null ? "XXXX"
                    : String.valueOf(s.dct.getYear() + ("lalu".equals(lower(g(m, "rel"))) ? -1 : "depan".equals(lower(g(m, "rel"))) ? 1 : 0));
            String half = m.group("q").toLowerCase(Locale.ROOT).matches("pertama|awal") ? "H1" : "H2";
            return List.of(new Found(m.start(), m.end(), TimexType.DATE, y + "-" + half, null, false));
        });
        // Month and year: "Februari 2022", "akhir Februari 2025", "Januari-Maret 2024".
        // the year within eight words: a modifier of up to three, "bulan", the month, a range and its month, "tahun"
        rule(WordsAhead.both(WordsAhead.after("bulan", AfterNumber.MONTH_STARTS), WordsAhead.beginning(1, 8, "1", "2")), "#MOD pekan minggu bulan #MON", MOD + "(?:bulan\\s+)?(?<m>" + MONTH + ")(?:" + RANGE + "(?<m2>" + MONTH_FULL + "))?,?\\s+(?:tahun\\s+)?(?<y>" + YEAR + ")",
                this::monthYear);
        // A month alone, where context makes it a time: "bulan Juli", "pada Februari", "Juli lalu".
        rule("#MOD pekan minggu bulan #MON", MOD + "(?<bulan>bulan\\s+)?(?<m>" + MONTH_FULL + ")(?:\\s+(?<rel>lalu|kemarin|depan|mendatang|ini|nanti|yang\\s+lalu"
                + "|tahun\\s+(?:ini|lalu|depan)))?", this::monthAlone);
        // Years: "tahun 2007", "pada 2022", "2019-2024", "tahun 1990-an", "2024 lalu".
        // the year within six words ("mid-2019" joins two): a modifier of up to three, "tahun ajaran"
        rule(WordsAhead.both(AfterNumber.YEAR, WordsAhead.holding(6, "1", "2")), "#MOD tahun dekade decade era #D", MOD + "(?<tahun>(?:tahun(?:\\s+(?:ajaran|anggaran|akademik|fiskal|buku))?|dekade|decade|era)\\s+)?(?<y>" + YEAR + ")(?<an>-?an)?(?:\\s*(?:-|–|/)\\s*(?<y2>" + YEAR + "))?"
                + "(?:\\s+(?<rel>lalu|silam|ini|mendatang|yang\\s+lalu))?(?![.,]\\d)", this::year);
        // Weekdays: "Senin", "hari Senin", "Rabu kemarin", "Jumat depan", "Kamis malam", "Sabtu pekan lalu".
        // "malam Jumat" is Thursday night; "Kamis Wage", "malam Jumat Kliwon" name the Javanese market day too.
        rule(WordsAhead.both(AFTER_HARI_WEEKDAY, AFTER_MALAM_WEEKDAY), "hari malam #WD", "(?:(?<malam>malam\\s+)|hari\\s+)?(?<wd>" + WEEKDAY + ")(?:\\s+(?<pasaran>" + PASARAN + "))?(?:\\s+(?<pod>" + PART_OF_DAY + ")(?:\\s+(?:WIB|WITA|WIT)(?![\\p{L}]))?)?(?:\\s+(?<rel>lalu|kemarin|depan|mendatang|besok|esok|ini|nanti"
                + "|yang\\s+lalu|(?:pekan|minggu)\\s+(?:lalu|depan|ini)))?", this::weekday);
        rule("last next this", "(?<rel>last|next|this)\\s+(?<wd>" + WEEKDAY + ")", this::weekday);
        // Days counted from today or from the story: "kemarin sore", "hari ini", "keesokan harinya", "hari itu".
        rule("#POD kemarin besok esok keesokan lusa hari today yesterday tomorrow", "(?:(?<pod>" + PART_OF_DAY + ")\\s+)?(?<rd>kemarin\\s+lusa|besok\\s+lusa|kemarin|besok|esok\\s+hari|esok|keesokan\\s+harinya|keesokan\\s+(?<kpod>pagi|siang|sore|malam)nya"
                + "|keesokan\\s+hari|lusa|hari\\s+ini|hari\\s+itu|hari\\s+yang\\s+sama|today|yesterday|tomorrow)"
                + "(?:\\s+(?<pod2>" + PART_OF_DAY + "))?(?:\\s*\\(\\s*(?<bd>" + DAY + ")\\s*/\\s*(?<bm>" + MON_NUM + ")(?:\\s*/\\s*(?<by>\\d{4}))?\\s*\\))?", this::relativeDay);
        rule("#POD tadi semalam this last", "(?:(?<pod>" + PART_OF_DAY + ")\\s+(?<rel>ini|tadi|itu|nanti|harinya|hari|kemarin)|tadi\\s+(?<pod2>" + PART_OF_DAY + ")"
                + "|(?<sm>semalam)|(?<erel>this|last)\\s+(?<epod>morning|afternoon|evening|night)|(?<bare>" + PART_OF_DAY + "))", this::partOfDay);
        // Now, then, the past and the future.
        rule(WordsAhead.both(WordsAhead.both(WordsAhead.after("dalam", "waktu"), WordsAhead.after("ketika", "itu")),
                WordsAhead.both(WordsAhead.after("beberapa", "waktu"), WordsAhead.after("belum", "lama"))), "saat sekarang kini dewasa masa belakangan akhir baru belum beberapa dulu dahulu dalam waktu ketika kala era zaman now currently recently nowadays the at", "(?<w>saat\\s+ini|sekarang(?:\\s+ini)?|kini|dewasa\\s+ini|masa\\s+kini|belakangan\\s+ini|akhir-akhir\\s+ini"
                + "|baru-baru\\s+ini|belum\\s+lama\\s+ini|beberapa\\s+waktu\\s+(?:lalu|silam)|dulu|dahulu|masa\\s+lalu|masa\\s+lampau|masa\\s+silam|masa\\s+depan|dalam\\s+waktu\\s+dekat"
                + "|saat\\s+itu|waktu\\s+itu|ketika\\s+itu|kala\\s+itu|masa\\s+itu|era\\s+itu|zaman\\s+itu|now|currently|recently|nowadays"
                + "|the\\s+future|the\\s+past|at\\s+the\\s+time"
                + "|(?:masa|era|zaman|rezim)\\s+(?:orde\\s+baru|orde\\s+lama|orba|kolonial|penjajahan(?:\\s+(?:belanda|jepang))?|pendudukan\\s+jepang"
                + "|hindia\\s+belanda|perang\\s+dingin|belanda|jepang))", this::reference);
        // Weeks, months and years around today or the story: "pekan lalu", "awal bulan ini", "tahun berikutnya", "akhir tahun".
        // "weekend ini": the English word with Indonesian ones.
        rule("#MOD pekan minggu bulan tahun week weekend month year", MOD + "(?<u>pekan|minggu|bulan|tahun|week|weekend|month|year)(?:\\s+(?<rel>ini|lalu|depan|mendatang|kemarin|berikutnya"
                + "|sebelumnya|yang\\s+lalu|yang\\s+akan\\s+datang|itu|silam|tersebut))?", this::calendarUnit);
        // "the end of March", "the beginning of 2024".
        rule("the end beginning start middle", "(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(?:(?<m>" + MONTH_FULL + ")(?:\\s+(?<y>" + YEAR + "))?|(?<yy>" + YEAR + ")"
                + "|(?<rel>last|this|next|the)\\s+year)",
                (m, s) -> {
                    if (g(m, "yy") != null) return List.of(new Found(m.start(), m.end(), TimexType.DATE, new Anchor(LocalDate.of(num(m, "yy"), 1, 1), Grain.YEAR), true));
                    // "at the end of last year": the year counted from publication, as "akhir tahun lalu".
                    if (g(m, "rel") != null) {
                        if (s.dct == null) return List.of(new Found(m.start(), m.end(), TimexType.DATE, "XXXX", null, false));
                        String rel = englishRelative(lower(g(m, "rel")));
                        int y = s.dct.getYear() + (rel.equals("lalu") ? -1 : rel.equals("depan") ? 1 : 0);
                        return List.of(new Found(m.start(), m.end(), TimexType.DATE, new Anchor(LocalDate.of(y, 1, 1), Grain.YEAR), false));
                    }
                    int month = TimeLexicon.month(g(m, "m"));
                    int y = g(m, "y") != null ? num(m, "y") : s.dct == null ? -1
                            : s.future(m.start()) && month < s.dct.getMonthValue() ? s.dct.getYear() + 1 : nearestYear(s.dct, month);
                    if (y < 0) return List.of(new Found(m.start(), m.end(), TimexType.DATE, String.format("XXXX-%02d", month), null, false));
                    return List.of(new Found(m.start(), m.end(), TimexType.DATE, new Anchor(LocalDate.of(y, month, 1), Grain.MONTH), g(m, "y") != null));
                });
        // "pekan ke-20": a week of the year, as health reports count them.
        rule("pekan minggu", "(?:pekan|minggu)\\s+ke-?\\s*(?<w>[1-9]|[1-4]\\d|5[0-3])(?:\\s+(?:tahun\\s+)?(?<y>" + YEAR + "))?(?!\\s*(?:bulan\\s+)?(?:" + MONTH + "|ramadh?an|puasa)|\\s+(?:liga|kompetisi|pertandingan|piala|musim|kehamilan|kuliah|perkuliahan))",
                (m, s) -> {
                    Integer y = g(m, "y") != null ? Integer.valueOf(num(m, "y")) : s.yearInSentence(m.start()) != null ? s.yearInSentence(m.start())
                            : s.dct == null ? null : s.dct.getYear();
                    String value = (y == null ? "XXXX" : String.valueOf(y)) + String.format("-W%02d", num(m, "w"));
                    return List.of(new Found(m.start(), m.end(), TimexType.DATE, value, null, false));
                });
        // "later that day", "that night": the day the story last set.
        rule("later earlier that", "(?:(?:later|earlier)\\s+)?that\\s+(?<u>day|morning|afternoon|evening|night)", (m, s) -> {
            Anchor story = s.anchor != null && s.anchor.grain() == Grain.DAY ? s.anchor : s.lastDay;
            if (story == null) return null;
            String u = m.group("u").toLowerCase(Locale.ROOT);
            return List.of(day(m.start(), m.end(), story.date(), u.equals("day") ? null : u, false));
        });
        rule(WordsAhead.opening("earlier", "later", "early", "late", "mid", "this", "last", "next", "past"), "this last next past earlier later #MOD", "(?:(?:earlier|later)\\s+|(?<mod>early|late|mid)\\s+)?(?<rel>this|last|next|past)\\s+(?<u>week|weekend|month|year)", this::calendarUnit);
        // The same period a year before or after: "bulan yang sama tahun lalu", "periode yang sama tahun sebelumnya".
        rule(WordsAhead.both(WordsAhead.after("hari", "yang"), WordsAhead.beginning(1, 1, "yang")), "bulan periode pekan kuartal hari", "(?<p>bulan|periode|pekan|kuartal|hari)\\s+yang\\s+sama\\s+(?:pada\\s+)?tahun\\s+(?<rel>lalu|sebelumnya|berikutnya|depan)",
                this::samePeriod);
        // "pada bulan yang sama", "tahun yang sama": the story's own month or year.
        rule(WordsAhead.both(WordsAhead.after("bulan", "yang"), WordsAhead.after("tahun", "yang")), "bulan pekan tahun", "(?<p>bulan|pekan|tahun)\\s+yang\\s+sama", this::samePeriod);
        // A number of units: a duration ("tiga tahun") or an offset ("dua hari lalu", "sehari kemudian").
        String direction = "(?:\\s+(?<dir>yang\\s+lalu|lalu|silam|kemudian|sebelumnya|setelahnya|sesudahnya|berikutnya|sebelum\\s+itu"
                + "|setelah\\s+itu|mendatang|lagi|ke\\s+depan|terakhir|belakangan|pertama|penuh|ago|later|earlier"
                // "dua jam lebih": more than two hours ("dua jam lebih cepat" compares)
                + "|lebih(?!\\s+(?:awal|cepat|lambat|lama|dulu|dahulu|dari|panjang|singkat|pendek|muda|tua|banyak|sedikit"
                + "|baik|buruk|jelek|besar|kecil|tinggi|rendah|mahal|murah|kuat|lemah|jauh|dekat|mudah|sulit|susah|berat|ringan|maju|mundur"
                + "|efektif|efisien|parah|matang|siap|produktif|awet|hemat|aman)(?![\\p{L}\\p{N}]))))?";
        String approx = "(?:(?<approx>sekitar|kurang\\s+lebih|lebih\\s+dari|kurang\\s+dari|hampir|nyaris|setidaknya|sedikitnya|paling\\s+tidak"
                + "|about|around|more\\s+than|less\\s+than|nearly|almost|over|the\\s+(?:next|last|past|first)|next|last|past|first)\\s+)?";
        // "3 jam 15 menit", "2 tahun dan 6 bulan": one amount in two units.
        String smaller = "(?:\\s+(?:dan\\s+)?(?<n2>\\d{1,2}|" + TimeLexicon.ONES + "|sepuluh|sebelas|setengah)\\s+(?<u2>bulan|pekan|minggu|hari|jam|menit|detik))?";
        rule(WordsAhead.both(AfterNumber.UNIT, WordsAhead.beginning(1, 6, AfterNumber.UNITS)), "#APPROX #NUM #D", approx + "(?<n>" + NUMBER + ")\\s+(?<u>" + UNIT + ")(?:\\s+kerja)?" + smaller + direction, this::amount);
        rule(WordsAhead.beginning(0, 2, SE_UNITS), "#APPROX #SE", approx + "(?<n>se)(?<u>" + SE_UNIT + ")(?!-)" + direction, this::amount);
        rule(AfterNumber.HYPHEN, "#D #NUM", "(?<n>\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?<u>year|month|week|day|hour|minute)(?:-old)?", this::amount);
        rule("a an", "(?<n>an?)\\s+(?<u>year|month|week|day|decade|century)\\s+(?<dir>ago|later|earlier)", this::amount);
        rule("#BER", "ber(?<u>jam|hari|minggu|pekan|bulan|tahun|abad)-\\k<u>", this::amount);
        // "2 x 24 jam", "1x24 jam": the police's way of counting hours.
        rule(AfterNumber.TIMES, "#D", "(?<k>\\d{1,2})\\s*[x×]\\s*(?<n>\\d{1,3})\\s+(?<u>jam|hari|menit)", (m, s) -> List.of(new Found(m.start(), m.end(),
                TimexType.DURATION, duration(num(m, "k") * num(m, "n"), TimeLexicon.unit(m.group("u"))), null, false)));
        rule("the", "the\\s+(?:coming|next|past|last|following)\\s+(?:(?:few\\s+|several\\s+)?(?<u>hours|days|weeks|months|years|decades)|(?<one>decade|century))",
                (m, s) -> List.of(new Found(m.start(), m.end(), TimexType.DURATION, g(m, "one") != null ? duration(1, TimeLexicon.unit(m.group("one")))
                        : duration(Double.NaN, TimeLexicon.unit(m.group("u").replaceFirst("s$", ""))), null, false)));
        // "over the past week": a week up to now, not "the past"; "the last week of June" is a date.
        rule("the", "the\\s+(?:past|last)\\s+(?<u>week|month|year)(?!\\s+(?:of|before|after)\\b)",
                (m, s) -> List.of(new Found(m.start(), m.end(), TimexType.DURATION, duration(1, TimeLexicon.unit(m.group("u"))), null, false)));
        // "Rp 2.44 million a month": a rate; "for more than a decade": one unit of time.
        rule("a an more less nearly almost about over", "(?<approx>more\\s+than|less\\s+than|nearly|almost|about|over)?\\s*(?<n>an?)\\s+(?<u>day|week|month|year|decade|century)",
                this::englishOne);
        // Recurrence: "setiap tahun", "tiap Senin", "dua kali seminggu", "per hari".
        rule(WordsAhead.both(AfterNumber.UNIT, WordsAhead.either(WordsAhead.opening("setiap", "tiap", "saban", "every", "each", "per"), WordsAhead.holding(6, "kali"))),
                "setiap tiap saban every each per sekali #NUM #D #SE", "(?:setiap|tiap|saban|every|each)\\s+(?:(?<we>akhir\\s+pekan|akhir\\s+minggu|weekend)|(?<spod>" + PART_OF_DAY + ")(?:\\s+hari)?|(?:(?<n>" + NUMBER + ")\\s+)?(?<u>" + UNIT + "|" + WEEKDAY + ")(?<nya>nya)?"
                // "setiap Jumat pagi", "setiap hari pukul 07.00 WIB": the time of day is the recurrence's
                + "(?:\\s+(?<upod>pagi|siang|sore|petang|malam))?(?:\\s+(?:pukul|jam)\\s*(?<uh>[01]?\\d|2[0-3])(?:[.:](?<umi>[0-5]\\d))?(?:\\s+(?<upod2>pagi|siang|sore|petang|malam))?(?:\\s+" + ZONE + ")?)?)"
                + "|per\\s+(?<u2>hari|pekan|minggu|bulan|tahun)|(?<n5>" + NUMBER + ")\\s+(?<u5>" + UNIT + ")\\s+sekali|se(?<u6>" + SE_UNIT + ")\\s+sekali"
                + "|(?<k>" + NUMBER + "\\s+kali|sekali)\\s+(?:dalam\\s+)?(?:se(?<u3>" + SE_UNIT + ")|(?<n3>" + NUMBER + ")\\s+(?<u4>" + UNIT + "))",
                this::set);
        // "once a year", "twice a week": English recurrences.
        rule("once twice", "(?:once|twice)\\s+(?:a|an|per|every)\\s+(?<u>day|week|month|year)",
                (m, s) -> List.of(new Found(m.start(), m.end(), TimexType.SET, duration(1, TimeLexicon.unit(m.group("u"))), null, false)));
        // Clock times: "pukul 06.14 WIB", "jam 8 malam", "19.13 WIB", "pukul 14.00-16.00 WIB", "10:30 a.m.".
        String clock = "[01]?\\d|2[0-4]";
        rule(AfterNumber.CLOCK, "pukul jam pk #D", "(?:(?:pukul|jam|pk\\.?)\\s*(?<h>" + clock + ")(?:[.:](?<mi>[0-5]\\d))?|(?<h2>" + clock + ")[.:](?<mi2>[0-5]\\d)"
                + "(?=\\s*(?:" + ZONE + "|" + PART_OF_DAY + "|-|–|hingga|sampai)))"
                + "(?:(?<range>" + RANGE + ")(?<h3>" + clock + ")[.:](?<mi3>[0-5]\\d))?"
                + "(?:\\s+(?<pod>" + PART_OF_DAY + "))?(?:\\s+(?<z>" + ZONE + "))?", this::clock);
        // "(0915 GMT)": wire copy's four-digit clock.
        rule(WordsAhead.beginning(1, 1, "GMT", "UTC"), "#D", "(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s+(?<z>GMT|UTC)", this::clock);
        rule(AfterNumber.MERIDIEM, "#D", "(?<h>1[0-2]|0?[1-9])(?::(?<mi>[0-5]\\d))?\\s*(?<ap>[ap])\\.?m\\.?", this::clock);
        // Seasons, quarters, centuries, decades.
        rule("musim summer winter spring autumn", "(?:musim\\s+(?<s>panas|dingin|semi|gugur)|(?<es>summer|winter|spring|autumn))(?:\\s+(?:tahun\\s+)?(?:(?<y>" + YEAR
                + ")|(?<rel>ini|lalu|depan|mendatang)))?", this::season);
        // "Q1 2025", "Q3-2024": business copy's quarters, taken only with their year and after no name ("Audi Q3" is a car).
        rule("kuartal triwulan kwartal semester quarter the first second third fourth q1 q2 q3 q4 #MOD", "(?:q(?<qn>[1-4])\\s*[-/]?\\s*(?<qy>" + YEAR + ")"
                + "|(?:the\\s+)?(?<eq>first|second|third|fourth)[\\s-]+(?<ek>quarter|half)"
                + "(?:\\s+of\\s+(?:(?<ey>" + YEAR + ")|(?<erel>this|last|next)\\s+year))?|(?:(?:awal|akhir|pertengahan)\\s+)?(?<k>kuartal|triwulan|kwartal|semester|quarter)\\s+(?<q>iv|i{1,3}|pertama|kedua|ketiga|keempat|[1-4])"
                + "(?:\\s*[/-]\\s*(?<sy>" + YEAR + ")|\\s+(?:tahun\\s+)?(?:(?<y>" + YEAR + ")|(?<rel>ini|lalu|depan)))?)", this::quarter);
        rule(WordsAhead.holding(5, "quarter"), "the #MON", "(?:the\\s+)?(?<m1>" + MONTH_FULL + ")\\s*[-–]\\s*(?<m2>" + MONTH_FULL + ")\\s+quarter(?:\\s+of\\s+(?<y>" + YEAR + "))?",
                this::monthsQuarter);
        rule("abad", "abad\\s+(?:ke-?\\s*)?(?<c>\\d{1,2}|[ivxl]+)", this::century);
        // "Hari pertama sekolah selalu menegangkan" speaks of any first day: not a date.
        rule(AFTER_HARI_ORDINAL, "hari", ORDINAL_DAY.pattern().substring(4), this::ordinalDay);
        // The fasting month: "bulan Ramadan", "pekan kedua Ramadan", "hari ketiga puasa", "awal Ramadan 2024".
        // the month's name is at most the sixth word ("hari ke 5 bulan suci Ramadan")
        rule(WordsAhead.both(AFTER_HARI_ORDINAL, WordsAhead.holding(6, "ramadan", "ramadhan", "puasa")), "bulan awal akhir pertengahan hari pekan minggu ramadan ramadhan", "(?:(?<u>hari|pekan|minggu)\\s+(?<n>pertama|kedua|ketiga|keempat|kelima|ke-?\\s*\\d{1,2}|terakhir)"
                + "\\s+(?:bulan\\s+)?(?:suci\\s+)?(?:ramadh?an|puasa)|(?<mod>awal|akhir|pertengahan)\\s+(?:bulan\\s+)?(?:suci\\s+)?(?:ramadh?an|puasa)"
                + "|bulan\\s+(?:suci\\s+)?(?:ramadh?an|puasa)|ramadh?an)(?:\\s+(?:tahun\\s+)?(?:(?<y>" + YEAR + ")|(?<rel>tahun\\s+(?:ini|lalu|depan)|lalu|ini|mendatang)))?",
                this::ramadan);
        // Holidays: "Natal", "Tahun Baru", "HUT ke-80 RI", "Lebaran tahun ini", "Idul Adha 2024".
        // "H-3 Lebaran": three days before it, as mudik news counts.
        rule(WordsAhead.both(WordsAhead.after("hari", "natal", "kemerdekaan", "buruh", "pahlawan", "kartini", "sumpah", "pendidikan", "lahir", "ibu", "valentine", "raya"),
                WordsAhead.after("malam", "hari", "natal", "tahun", "pergantian", "takbiran")),
                "malam hari natal christmas tahun new hut may idul idulfitri iduladha lebaran hardiknas valentine nyepi h", "(?:h\\s*(?<hs>[-+])\\s*(?<hn>\\d{1,2})\\s+)?(?<h>" + Holidays.PATTERN + ")(?:\\s+(?:(?<y>" + YEAR + ")|(?<hy>1[34]\\d\\d)\\s*(?:hijriah|hijriyah|h)"
                + "|(?<rel>tahun\\s+(?:ini|lalu|depan)|lalu|mendatang)))?", this::holiday);
        // "the 1990s", "since the 1980s": English decades.
        rule(WordsAhead.both(WordsAhead.after("the", "1", "2", "early", "late", "mid"), AfterNumber.DECADE_S), "the #D", "(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?<y>1[5-9]\\d0|20\\d0)'?s",
                (m, s) -> List.of(new Found(m.start(), m.end(), TimexType.DATE, new Anchor(LocalDate.of(num(m, "y"), 1, 1), Grain.DECADE), false)));
        // "H-4", "H+3" without the holiday's name: mudik news counts days from the Lebaran near publication.
        rule("h", "h\\s*(?<hs>[-+])\\s*(?<hn>\\d{1,2})", this::daysFromLebaran);
        rule("tahun era dekade decade", "(?:tahun|era|dekade|decade)\\s+(?<dd>[1-9]0)-?an", (m, s) -> List.of(new Found(m.start(), m.end(), TimexType.DATE,
                "19" + m.group("dd").charAt(0), null, false)));
        Map<String, int[]> byWord = new HashMap<>();
        wordKinds().forEach((w, k) -> byWord.put(w, rulesStartedBy(k)));
        wordRules = WordMap.copyOf(byWord);
        for (String w : wordRules.keySet()) if (isAscii(w, 0, w.length())) wordHashes.set(fold(lowerHash(w, 0, w.length())));
        digitRules = rulesStartedBy(List.of("#D"));
        bracketRules = rulesStartedBy(List.of("("));
    }

    /**
     * Adds a rule. {@code heads} are the words it can begin with, or kinds of word: #D a number in digits, #WD a
     * weekday, #MON a month, #NUM a number word, #POD a part of the day, #MOD awal/akhir/pertengahan, #APPROX
     * "sekitar"/"lebih dari"..., #SE "setahun"..., #BER "bertahun"..., "(" an opening bracket.
     */
    private void rule(String heads, String regex, Normaliser n) {
        rule(AfterNumber.ANY, heads, regex, n);
    }

    /** A rule whose pattern is tried only where {@code test} passes (a test the pattern implies). */
    private void rule(AfterNumber.Test test, String heads, String regex, Normaliser n) {
        Set<String> h = WordSet.of(heads.split(" "));
        for (String w : h) if (!w.startsWith("#") && !w.equals("(")) firstWords.add(w);
        rules.add(new Rule(h, Pattern.compile(B0 + regex + B1, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), n, test));
    }

    /** Tags a text split into sentences (as the SENTENCES layer gives them), resolved against the publication time. */
    public List<Timex> tag(String text, List<Sentence> sentences, PublicationTime published) {
        Scan s = new Scan(text, sentences, published == null ? null : published.date());
        List<Found> out = new ArrayList<>();
        // set to this text when a rule is first tried on it: most texts try few of them
        Matcher[] matchers = this.matchers.get();
        boolean[] onText = new boolean[matchers.length];
        int p = 0;
        int n = text.length();
        // the scan reads the chars from an array: String.charAt checks the string's coding at every char
        char[] chars = text.toCharArray();
        while ((p = nextCandidate(text, chars, p)) < n) {
            int wordEnd = p + 1;
            if (Tokenizer.isLetterOrDigit(chars[p])) while (wordEnd < n && Tokenizer.isLetterOrDigit(chars[wordEnd])) wordEnd++;
            int[] candidates = rulesAt(text, p, wordEnd);
            s.enterCaption(p);
            List<Found> best = null;
            int bestEnd = -1;
            for (int i : candidates) {
                if (!rules.get(i).test.mayMatch(text, p)) continue;
                if (!onText[i]) {
                    matchers[i] = matchers[i] == null ? rules.get(i).pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                            : matchers[i].reset(text);
                    onText[i] = true;
                }
                Matcher m = matchers[i].region(p, text.length());
                if (!m.lookingAt() || m.end() <= bestEnd) continue;
                List<Found> found = rules.get(i).normaliser.apply(m, s);
                if (found != null && !found.isEmpty()) {
                    best = found;
                    bestEnd = m.end();
                }
            }
            if (best == null) {
                p = wordEnd;
                continue;
            }
            for (Found f : best) {
                out.add(f);
                // "..., officials said on Saturday. The quake hit at 6:02 p.m.": the day of saying is not the day
                // the story is told on, once the story has one.
                boolean aside = s.lastDay != null && f.anchor() != null && f.anchor().grain() == Grain.DAY
                        && s.reported(f.start());
                // "Banjir menerjang Senin (3/7) siang, setelah hujan mengguyur sejak Minggu sore": the day a cause
                // began is background to the day of the news its sentence already set.
                // The same when the news's day was set earlier in the paragraph ("... Senin dini hari. Hujan mengguyur sejak Minggu sore").
                aside |= s.lastDay != null && f.anchor() != null && f.anchor().grain() == Grain.DAY
                        && s.lastDayAt >= Math.min(s.sentence(f.start()).start(), s.text.lastIndexOf('\n', f.start()) + 1)
                        && (s.wordBefore(f.start()).equals("sejak") || s.wordBefore(f.start()).equals("since")) && f.anchor().date().isBefore(s.lastDay.date());
                // "'Hingga pukul 06.00 hari ini ...,' ujarnya": a day inside a quotation does not carry the story out of it.
                if (s.lastDay != null && !aside && f.anchor() != null && f.anchor().grain() == Grain.DAY && insideQuote(text, f.start())) {
                    aside = true;
                    s.quotedDay = f.anchor();
                    s.quotedDayAt = f.start();
                }
                // "status tanggap darurat hingga 1 April": a deadline still to come is not a day things happen on.
                aside |= s.lastDay != null && f.anchor() != null && f.anchor().grain() == Grain.DAY && s.dct != null
                        && UNTIL.contains(s.wordBefore(f.start())) && f.anchor().date().isAfter(s.dct);
                if (f.anchor() != null && !aside) {
                    Anchor a = countedFrom(s, f);
                    // "Hingga pagi ini, korban tercatat 162 orang. ... belajar di sekolah siang itu": "that noon" is the
                    // story's day, not the present the report stepped into.
                    if (s.anchor == null || !s.anchorFromText || !presentDeixis(text, f.start(), f.end())) {
                        s.anchor = a;
                        s.anchorFromText = true;
                        s.anchorFrames = opensSentence(s, f.start());
                    }
                    if (f.anchor().grain() == Grain.DAY) {
                        Anchor listed = s.listedAfter(f.start(), Grain.DAY);
                        if (listed != null && listed.date().isBefore(a.date())) {
                            s.listFirstDay = s.listFirstDayAt >= 0 && s.listFirstDayAt == s.lastDayAt ? s.listFirstDay : listed;
                            s.listFirstDayAt = f.start();
                        }
                        if (!a.equals(s.lastDay)) s.dayBefore = s.lastDay;
                        s.lastDay = a;
                        s.lastDayAt = f.start();
                        // "hujan diperkirakan turun ... terutama Selasa (14/5) sore": a forecast's day dates no clock time told after it
                        s.lastDayForecast = s.dct != null && a.date().isAfter(s.dct) && s.predicted(f.start());
                        if (s.leadDay == null) s.leadDay = f.anchor();
                        s.lastDayMorning = f.value().endsWith("TMO");
                        if (STARTS.contains(s.wordBefore(f.start()))) s.startDay = f.anchor();
                    }
                }
                s.last = f;
                if (f.type() == TimexType.TIME) {
                    s.lastTime = f.value();
                    s.lastTimeAt = f.start();
                }
                if (f.sentenceYear() != null) {
                    s.year = f.sentenceYear();
                    s.yearAt = f.start();
                }
            }
            // Go on after what was kept: a rule may leave the end of its match to the next expression.
            p = Math.max(p + 1, best.getLast().end());
        }
        List<Timex> timexes = new ArrayList<>(out.size());
        for (Found f : redateQuotedDeixis(text, redateClockTimes(text, dateOrdinalDays(s, out)), s.dct)) timexes.add(new Timex(new Span(f.start(), f.end()), text.substring(f.start(), f.end()), f.type(), f.value()));
        return timexes;
    }

    private static final Pattern DAYS_AMOUNT = Pattern.compile("P(\\d+)([DW])");
    private static final Pattern BEFORE_OR_AFTER = Pattern.compile("(?i)\\s+(?<w>sebelum|setelah|sesudah|usai|before|after)\\s+(?:libur\\s+|perayaan\\s+)?");

    /**
     * The day the story goes on from: "Sehari sebelum Nyepi, umat Hindu menggelar pawai pada malam hari" tells of
     * the day before the named one, so what follows counts from that day.
     */
    private static Anchor countedFrom(Scan s, Found f) {
        Found amount = s.last;
        if (f.anchor().grain() != Grain.DAY || amount == null || amount.type() != TimexType.DURATION || amount.end() > f.start()) return f.anchor();
        Matcher n = DAYS_AMOUNT.matcher(amount.value());
        Matcher w = BEFORE_OR_AFTER.matcher(s.text.substring(amount.end(), f.start()));
        if (!n.matches() || !w.matches()) return f.anchor();
        long days = Long.parseLong(n.group(1)) * (n.group(2).equals("W") ? 7 : 1);
        boolean before = w.group("w").equalsIgnoreCase("sebelum") || w.group("w").equalsIgnoreCase("before");
        return Anchor.day(f.anchor().date().plusDays(before ? -days : days));
    }

    /** "hari ketiga SEA Games ..., Senin (8/5)": the n-th day takes the day its sentence names after it. */
    private static List<Found> dateOrdinalDays(Scan s, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (int i = 0; i + 1 < out.size(); i++) {
            Found f = out.get(i);
            if (!s.text.regionMatches(true, f.start(), "hari", 0, 4) || !ORDINAL_DAY.matcher(s.text.substring(f.start(), f.end())).matches()) continue;
            Found next = out.get(i + 1);
            if (next.start() < s.sentence(f.start()).end() && isDay(next.value())) {
                out.set(i, new Found(f.start(), f.end(), f.type(), next.value(), null, false));
            }
        }
        return out;
    }

    private static final Pattern NIGHT = Pattern.compile("T(?:NI|EV|1[89]:|2[0-3]:)");
    private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT(\\d\\d:\\d\\d)");
    /** The lengths of what CLOCK_VALUE and a day's value match: a value of another length needs no pattern to tell. */
    private static final int CLOCK_LENGTH = 16;
    private static final int DAY_LENGTH = 10;

    /** A day's value ("2025-03-01"): four digits, '-', two, '-', two (told char by char, not by a pattern). */
    private static boolean isDay(String value) {
        if (value.length() != DAY_LENGTH) return false;
        for (int i = 0; i < DAY_LENGTH; i++) {
            char c = value.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') return false;
        }
        return true;
    }
    private static final Pattern BEFORE_ITS_DAY = Pattern.compile("[\\s,]*(?:pada\\s+)?(?:hari\\s+)?|\\s*(?:-|–|hingga|sampai|s\\.?d\\.?)\\s*",
            Pattern.CASE_INSENSITIVE);

    /**
     * A clock time written before its day ("pukul 20.00 WIB besok", "pukul 06.00 hingga 20.00 WIB, Senin (3/3)")
     * takes that day rather than the last one the text set.
     */
    private static List<Found> redateClockTimes(String text, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        String day = null;
        for (int i = out.size() - 1; i >= 0; i--) {
            Found f = out.get(i);
            Matcher clock = CLOCK_VALUE.matcher(f.value());
            boolean isClock = f.value().length() == CLOCK_LENGTH && clock.matches();
            boolean adjacent = isClock && i + 1 < out.size() && beforeItsDay(text, f.end(), out.get(i + 1).start());
            // A time right after its own date ("Kamis (27/2) pukul 09.00") keeps that date.
            if (adjacent && day != null && !(i > 0 && isDay(out.get(i - 1).value()) && beforeItsDay(text, out.get(i - 1).end(), f.start()))) {
                out.set(i, new Found(f.start(), f.end(), f.type(), day + "T" + clock.group(1), f.anchor(), f.sentenceYear()));
            } else if (f.type() == TimexType.DATE && isDay(f.value())) {
                day = f.value();
                continue;
            } else if (!adjacent) {
                day = null;
            }
        }
        return out;
    }

    /**
     * Whether {@code text[from, to)} joins a time to its day ({@link #BEFORE_ITS_DAY}); a stretch with more than
     * the 8 letters the pattern allows ("pada hari") besides spaces and commas is not tried.
     */
    private static boolean beforeItsDay(String text, int from, int to) {
        int other = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ',' && c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r' && ++other > 8) return false;
        }
        return BEFORE_ITS_DAY.matcher(text.substring(from, to)).matches();
    }

    private static final Pattern DEICTIC_DAY = Pattern.compile("(?i)hari\\s+ini|kemarin|besok|lusa|semalam|tadi\\s+\\p{L}+|\\p{L}+\\s+(?:ini|tadi)");
    private static final Pattern DAY_PREFIX = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)(.*)");
    /** 'Presiden, Selasa (11/3), mengatakan, "Hari ini ...': a dated attribution opening the quotation. */
    private static final Pattern ATTRIBUTION_BEFORE = Pattern.compile("(?i)[^\\n\"“”.!?]{0,60}(?:mengatakan|menyatakan|menegaskan|berkata|kata|ujar"
            + "|menuturkan|menjelaskan|said|says)[^\\n\"“”.!?\\p{L}]{0,4}[\"“][^\\n\"“”]{0,80}");
    private static final Pattern ATTRIBUTION_GAP = Pattern.compile("[^\\n\"“”]{0,40}[\"”][^\\n\"“”.!?]{0,80}");
    /**
     * The longest stretches the two patterns match, in chars (each repeat of a class may take two, a surrogate pair; a
     * mark; the longest verb "menjelaskan"): one between two expressions far apart is told without a copy and a pattern
     * that backtracks through every verb.
     */
    private static final int ATTRIBUTION_GAP_LONGEST = 2 * 40 + 1 + 2 * 80,
            ATTRIBUTION_BEFORE_LONGEST = 2 * 60 + "menjelaskan".length() + 2 * 4 + 1 + 2 * 80;

    /** Whether {@code pattern} matches all of {@code text[from, to)}, a stretch it cannot match when longer than {@code longest}. */
    private static boolean matchesWithin(Pattern pattern, int longest, String text, int from, int to) {
        return to - from <= longest && pattern.matcher(text.substring(from, to)).matches();
    }

    /**
     * "Hari ini", "kemarin" inside a quotation count from the day the words were said when the attribution
     * dates them ("'Hari ini kita membuktikan ...,' kata Presiden, Selasa (11/3)"), not from publication.
     */
    private static List<Found> redateQuotedDeixis(String text, List<Found> found, LocalDate dct) {
        if (dct == null) return found;
        List<Found> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            Found f = out.get(i);
            if (!mayBeDeictic(text, f.start(), f.end()) || !DEICTIC_DAY.matcher(text.substring(f.start(), f.end())).matches()
                    || !insideQuote(text, f.start())) continue;
            Found said = i + 1 < out.size() && matchesWithin(ATTRIBUTION_GAP, ATTRIBUTION_GAP_LONGEST, text, f.end(), out.get(i + 1).start()) ? out.get(i + 1)
                    : i > 0 && matchesWithin(ATTRIBUTION_BEFORE, ATTRIBUTION_BEFORE_LONGEST, text, out.get(i - 1).end(), f.start()) ? out.get(i - 1) : null;
            if (said == null || !isDay(said.value())) continue;
            Matcher v = DAY_PREFIX.matcher(f.value());
            if (!v.matches()) continue;
            long shift = ChronoUnit.DAYS.between(dct, LocalDate.parse(v.group(1)));
            String value = LocalDate.parse(said.value()).plusDays(shift) + v.group(2);
            out.set(i, new Found(f.start(), f.end(), f.type(), value, f.anchor(), f.sentenceYear()));
        }
        return out;
    }

    /** Every DEICTIC_DAY form begins with "tadi" or ends with one of these words. */
    private static final String[] DEICTIC_ENDS = {"ini", "kemarin", "besok", "lusa", "semalam", "tadi"};

    private static boolean mayBeDeictic(String text, int start, int end) {
        return text.regionMatches(true, start, "tadi", 0, 4) || endsWithOne(text, start, end, DEICTIC_ENDS);
    }

    /** Whether {@code text[start, end)} ends with one of the words (ASCII case folded, as much as a "(?i)" pattern does, or more). */
    private static boolean endsWithOne(String text, int start, int end, String[] words) {
        for (String w : words) if (end - start >= w.length() && text.regionMatches(true, end - w.length(), w, 0, w.length())) return true;
        return false;
    }

    /** Whether an odd number of quotation marks stands between the start of the paragraph and this position. */
    private static boolean insideQuote(String text, int pos) {
        int marks = 0;
        for (int i = text.lastIndexOf('\n', pos - 1) + 1; i < pos; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') marks++;
        }
        return marks % 2 == 1;
    }

    /** Tags a plain text, splitting it into sentences first. */
    public List<Timex> tag(String text, PublicationTime published) {
        Article a = new Article(null, null, null, null, published, null, List.of(), List.of(), null, null, null,
                List.of(), List.of(), text);
        return tag(text, new SentenceSplitter().apply(Analysis.of(a)).sentences(), published);
    }

    private static final int[] NO_RULES = {};

    /**
     * The first position from {@code p} on, stepping as the scan does (word by word, other chars one by one), where
     * some rule can start ({@link #rulesAt} not empty), else the text's length: one tight pass over the words that
     * start none, with the lower-cased ASCII hash taken as the word is read. Nothing happens at the words skipped
     * (a caption's reset of the story is only read where a rule runs, and is the same wherever in its line it is made).
     */
    private int nextCandidate(String text, char[] chars, int p) {
        int n = chars.length;
        while (p < n) {
            char c = chars[p];
            if (c == '(' || c >= '0' && c <= '9') return p;
            if (c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                p++;
                continue;
            }
            int h = 0;
            int end = p;
            char d;
            while (end < n && Tokenizer.isAsciiLetterOrDigit(d = chars[end])) {
                h = hashIn(h, d);
                end++;
            }
            if (end < n && chars[end] >= 0x80 || c >= 0x80) {
                // a word with other than ASCII in it: as the scan reads it
                int wordEnd = p + 1;
                if (Tokenizer.isLetterOrDigit(c)) while (wordEnd < n && Tokenizer.isLetterOrDigit(chars[wordEnd])) wordEnd++;
                if (rulesAt(text, p, wordEnd).length > 0) return p;
                p = wordEnd;
                continue;
            }
            if (wordHashes.get(fold(h)) && startsRules(wordRules.getAsciiLowerCased(text, p, end, h))) return p;
            p = end;
        }
        return n;
    }

    /**
     * Where a speed test says no but what it guards says yes, each named: a rule's pattern that matches at a word the
     * scan tries it at though its {@link Rule#test} passed it over, or a phrase of up to four words that
     * {@link #PRESENT_DEIXIS} or {@link #DEICTIC_DAY} matches though its word-end test rejects it. The tests are hand
     * lists kept beside the patterns; this lets a test show they still agree on any text.
     */
    List<String> guardMisses(String text) {
        List<String> misses = new ArrayList<>();
        int n = text.length();
        for (int p = 0, wordEnd; p < n; p = wordEnd) {
            wordEnd = p + 1;
            if (Tokenizer.isLetterOrDigit(text.charAt(p))) while (wordEnd < n && Tokenizer.isLetterOrDigit(text.charAt(wordEnd))) wordEnd++;
            for (int i : rulesAt(text, p, wordEnd)) {
                Rule r = rules.get(i);
                Matcher m = r.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(p, n);
                if (m.lookingAt() && !r.test.mayMatch(text, p)) misses.add("rule " + i + " " + r.heads + " skipped \"" + m.group() + "\"");
            }
            if (!Character.isLetter(text.charAt(p)) || p > 0 && Tokenizer.isLetterOrDigit(text.charAt(p - 1))) continue;
            for (int e = wordEnd, words = 1; words <= 4 && e <= n; words++) {
                String phrase = text.substring(p, e);
                if (PRESENT_DEIXIS.matcher(phrase).matches() && !endsWithOne(text, p, e, PRESENT_ENDS)) misses.add("PRESENT_ENDS miss \"" + phrase + "\"");
                if (DEICTIC_DAY.matcher(phrase).matches() && !mayBeDeictic(text, p, e)) misses.add("DEICTIC_ENDS miss \"" + phrase + "\"");
                while (e < n && !Tokenizer.isLetterOrDigit(text.charAt(e))) e++;
                if (e == n) break;
                while (e < n && Tokenizer.isLetterOrDigit(text.charAt(e))) e++;
            }
        }
        return misses;
    }

    /** The source of every rule's pattern and of the patterns the word-end tests guard: the words tests build phrases of. */
    List<String> patternSources() {
        List<String> out = new ArrayList<>(rules.stream().map(r -> r.pattern.pattern()).toList());
        out.add(PRESENT_DEIXIS.pattern());
        out.add(DEICTIC_DAY.pattern());
        return out;
    }

    /** The rules that can start at the word {@code text[p, wordEnd)}, in rule order; empty when none can. */
    private int[] rulesAt(String text, int p, int wordEnd) {
        char c = text.charAt(p);
        if (c == '(') return bracketRules;
        if (Character.isDigit(c)) return digitRules;
        if (!Character.isLetter(c)) return NO_RULES;
        // other than ASCII: its case rules differ, the word is looked up as lower-casing makes it
        if (!isAscii(text, p, wordEnd)) return wordRules.getOrDefault(text.substring(p, wordEnd).toLowerCase(Locale.ROOT), NO_RULES);
        int h = lowerHash(text, p, wordEnd);
        if (!wordHashes.get(fold(h))) return NO_RULES;
        int[] rules = wordRules.getAsciiLowerCased(text, p, wordEnd, h);
        return rules == null ? NO_RULES : rules;
    }

    private static boolean startsRules(int[] rules) {
        return rules != null && rules.length > 0;
    }

    private static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** The {@link String#hashCode} of {@code s[from, to)}, all ASCII, lower-cased. */
    private static int lowerHash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = hashIn(h, s.charAt(i));
        return h;
    }

    /** One more ASCII char into a word's hash, lower-cased: {@link #lowerHash} and {@link #nextCandidate}'s pass share it. */
    private static int hashIn(int h, char c) {
        return 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }

    /** A word's hash folded to the 16 bits {@link #wordHashes} holds. */
    private static int fold(int h) {
        return (h ^ h >>> 16) & 0xFFFF;
    }

    private int[] rulesStartedBy(List<String> kinds) {
        return IntStream.range(0, rules.size()).filter(i -> startsWith(rules.get(i), kinds)).toArray();
    }

    /** The kinds of every word that can start an expression: what it is, in the terms of the rules' heads. */
    private Map<String, List<String>> wordKinds() {
        Set<String> vocabulary = new HashSet<>(firstWords);
        vocabulary.addAll(TimeLexicon.vocabulary());
        vocabulary.addAll(MODIFIERS);
        vocabulary.addAll(APPROXIMATIONS);
        vocabulary.addAll(VAGUE);
        vocabulary.addAll(List.of("jum", "dini", "tengah"));
        Map<String, List<String>> out = new HashMap<>();
        for (String w : vocabulary) {
            List<String> k = kindsOf(w);
            if (!k.isEmpty()) out.put(w, List.copyOf(k));
        }
        return out;
    }

    private List<String> kindsOf(String w) {
        List<String> k = new ArrayList<>(2);
        if (firstWords.contains(w)) k.add(w);
        if (TimeLexicon.weekday(w) != null || w.equals("jum")) k.add("#WD");
        if (TimeLexicon.isMonth(w)) k.add("#MON");
        if (!Double.isNaN(TimeLexicon.number(w)) || VAGUE.contains(w)) k.add("#NUM");
        if (TimeLexicon.partOfDay(w) != null || w.equals("dini") || w.equals("tengah")) k.add("#POD");
        if (MODIFIERS.contains(w)) k.add("#MOD");
        if (APPROXIMATIONS.contains(w)) k.add("#APPROX");
        if (w.startsWith("se") && TimeLexicon.unit(w.substring(2)) != null) k.add("#SE");
        if (w.startsWith("ber") && TimeLexicon.unit(w.substring(3)) != null) k.add("#BER");
        return k;
    }

    private static boolean startsWith(Rule r, List<String> kinds) {
        for (String k : kinds) if (r.heads.contains(k)) return true;
        return false;
    }

    // ---- rules -------------------------------------------------------------------------------------------

    private List<Found> weekdayWithDate(Matcher m, Scan s) {
        String pod = first(g(m, "pod"), g(m, "pod2"));
        LocalDate date;
        if (g(m, "bd") != null) {
            date = s.dayMonth(num(m, "bd"), num(m, "bm"), year(g(m, "by")), m.start());
        } else if (g(m, "d") != null) {
            date = s.dayMonth(num(m, "d"), TimeLexicon.month(g(m, "m")), year(g(m, "y")), m.start());
        } else {
            date = s.dayMonth(num(m, "nd"), num(m, "nm"), year(g(m, "ny")), m.start());
        }
        if (date == null) return null;
        boolean explicit = g(m, "by") != null || g(m, "y") != null || g(m, "ny") != null;
        if (!explicit) date = yearOfWeekday(date, TimeLexicon.weekday(g(m, "wd")), s);
        // "Senin (27 Februari 2023)": a bracket closes only one it opened.
        int end = g(m, "close") != null && g(m, "open") == null ? m.start("close") : m.end();
        if (g(m, "open") != null && g(m, "close") == null) return null;
        if (g(m, "wd0") != null) {
            LocalDate from = g(m, "bd0") == null ? null : s.dayMonth(num(m, "bd0"), date.getMonthValue(), date.getYear(), m.start());
            if (from == null) return null;
            return List.of(day(m.start(), m.end("wd0"), from, null, false), day(m.start("wd"), end, date, end == m.end() ? pod : g(m, "pod"), explicit));
        }
        s.datedWeekdays.put(date.getDayOfWeek(), date);
        return List.of(day(m.start(), end, date, end == m.end() ? pod : g(m, "pod"), explicit));
    }

    /**
     * A yearless date with its weekday is in the year, of those next to the one the sentence's tense chose, where
     * the day has that weekday: "sepakat tidak akan ..., usai bertemu ..., Kamis (14/12)" a day after publication
     * reads as ahead, but 14 December is a Thursday only in the year before.
     */
    private static LocalDate yearOfWeekday(LocalDate date, DayOfWeek named, Scan s) {
        if (named == null || date.getDayOfWeek() == named) return date;
        LocalDate base = s.dct != null ? s.dct : date;
        LocalDate best = date;
        for (int dy = -1; dy <= 1; dy += 2) {
            LocalDate c = date.plusYears(dy);
            if (c.getDayOfMonth() != date.getDayOfMonth() || c.getDayOfWeek() != named) continue;
            if (best == date || Math.abs(ChronoUnit.DAYS.between(base, c)) < Math.abs(ChronoUnit.DAYS.between(base, best))) best = c;
        }
        return best;
    }

    private List<Found> dayMonth(Matcher m, Scan s) {
        if (inName(s, m.start())) return null;
        int month = TimeLexicon.month(g(m, "m"));
        Integer y = year(g(m, "y"));
        String rel = lower(g(m, "rel"));
        if (rel != null && s.dct != null) {
            // "2 Januari lalu": the last such day before publication; "... mendatang": the next one.
            boolean past = !rel.equals("mendatang") && !rel.equals("nanti");
            LocalDate c = s.dayMonth(num(m, "d1"), month, s.dct.getYear(), m.start());
            if (c == null) return null;
            if (past && c.isAfter(s.dct)) c = c.minusYears(1);
            if (!past && c.isBefore(s.dct)) c = c.plusYears(1);
            y = c.getYear();
        }
        if (y == null && rel == null) y = s.storyYear(m.start());
        LocalDate last = s.dayMonth(num(m, "d1"), month, y, m.start());
        if (last == null) return null;
        if (g(m, "d2") == null) return withListedDays(m, s, day(m.start(), m.end(), last, g(m, "pod"), y != null));
        // "1-3 Maret 2025": two dates, the first taking the month and year of the second.
        LocalDate second = s.dayMonth(num(m, "d2"), month, last.getYear(), m.start());
        if (second == null) return null;
        return List.of(day(m.start(), m.end("d1"), last, null, false), day(m.start("d2"), m.end(), second, null, y != null));
    }

    /** "cuti bersama pada 8, 9, 12, dan 15 April": the days listed before share the month and year of the last. */
    private static List<Found> withListedDays(Matcher m, Scan s, Found last) {
        int from = Math.max(s.last == null ? 0 : s.last.end(), m.start() - 40);
        Matcher list = LISTED_DAYS.matcher(s.text).region(from, m.start());
        if (!list.find()) return List.of(last);
        List<Found> out = new ArrayList<>();
        Matcher d = DIGITS.matcher(s.text).region(list.start(), list.end("days"));
        LocalDate date = LocalDate.parse(last.value().substring(0, 10));
        while (d.find()) {
            int n = Integer.parseInt(d.group());
            if (n < 1 || n > date.lengthOfMonth()) return List.of(last);
            out.add(day(d.start(), d.end(), date.withDayOfMonth(n), null, false));
        }
        out.add(last);
        return out;
    }

    private List<Found> numericDate(Matcher m, Scan s) {
        LocalDate date;
        boolean explicit = true;
        if (g(m, "iy") != null) date = s.dayMonth(num(m, "id"), num(m, "im"), num(m, "iy"), m.start());
        else if (g(m, "d") != null) date = s.dayMonth(num(m, "d"), num(m, "m"), num(m, "y"), m.start());
        else {
            explicit = g(m, "by") != null;
            date = s.dayMonth(num(m, "bd"), num(m, "bm"), year(g(m, "by")), m.start());
        }
        return date == null ? null : List.of(day(m.start(), m.end(), date, null, explicit));
    }

    private List<Found> monthYear(Matcher m, Scan s) {
        int y = num(m, "y");
        Found last = new Found(g(m, "m2") == null ? m.start() : m.start("m2"), m.end(), TimexType.DATE,
                new Anchor(LocalDate.of(y, TimeLexicon.month(g(m, "m2") == null ? g(m, "m") : g(m, "m2")), 1), Grain.MONTH), true);
        if (g(m, "m2") == null) return List.of(last);
        Found first = new Found(m.start(), m.end("m"), TimexType.DATE,
                new Anchor(LocalDate.of(y, TimeLexicon.month(g(m, "m")), 1), Grain.MONTH), false);
        return List.of(first, last);
    }

    private List<Found> monthAlone(Matcher m, Scan s) {
        if (inName(s, m.start())) return null;
        String rel = lower(g(m, "rel"));
        int month = TimeLexicon.month(g(m, "m"));
        Anchor listed = s.listedAfter(m.start(), Grain.MONTH);
        if (listed != null && rel == null) {
            int y = listed.date().getYear() + (month < listed.date().getMonthValue() ? 1 : 0);
            return List.of(new Found(m.start(), m.end(), TimexType.DATE, new Anchor(LocalDate.of(y, month, 1), Grain.MONTH), false));
        }
        // A capitalised month name inside a sentence is a month ("inflasi September"); elsewhere context must say so.
        boolean capitalisedInside = Character.isUpperCase(s.text.charAt(m.start())) && s.sentence(m.start()).start() < m.start();
        if (g(m, "mod") == null && g(m, "bulan") == null && rel == null && !capitalisedInside
                && !TIME_PREPOSITIONS.contains(s.wordBefore(m.start()))) return null;
        if (s.dct == null) return List.of(new Found(m.start(), m.end(), TimexType.DATE, String.format("XXXX-%02d", month), null, false));
        LocalDate dct = s.dct;
        int y;
        Integer sentenceYear = null;
        if (rel == null) {
            sentenceYear = s.yearInSentence(m.start());
            String before = s.wordBefore(m.start());
            boolean bound = UNTIL.contains(before) || before.equals("dengan") && UP_TO.matcher(s.text).region(Math.max(0, m.start() - 30), m.start()).find();
            // "biasanya terjadi pada Januari", "setiap tahun pada bulan Juni": any year's month.
            if (sentenceYear == null && s.generic(m.start()) && !before.equals("sejak") && !before.equals("since")) {
                return List.of(new Found(m.start(), m.end(), TimexType.DATE, String.format("XXXX-%02d", month), null, false));
            }
            if (sentenceYear != null) {
                // "sejak Oktober 2025 ... hingga Maret": a bound after a later month of that year is in the next one
                boolean afterLater = bound && s.last != null && s.last.anchor() != null && s.last.start() >= s.sentence(m.start()).start()
                        && (s.last.anchor().grain() == Grain.MONTH || s.last.anchor().grain() == Grain.DAY)
                        && s.last.anchor().date().getYear() == sentenceYear && s.last.anchor().date().getMonthValue() > month;
                y = sentenceYear + (afterLater ? 1 : 0);
            }
            // "Stocks are safe until March" in January: the stretch runs to the nearest March, not back to the last.
            else if (bound && !s.future(m.start())) y = nearestYear(dct, month);
            else if (s.future(m.start())) y = month >= dct.getMonthValue() ? dct.getYear() : dct.getYear() + 1;
            else y = month <= dct.getMonthValue() ? dct.getYear() : dct.getYear() - 1;
        } else if (rel.endsWith("lalu") && !rel.startsWith("tahun") || rel.equals("kemarin")) {
            y = month < dct.getMonthValue() ? dct.getYear() : dct.getYear() - 1;
        } else if (rel.equals("depan") || rel.equals("mendatang") || rel.equals("nanti")) {
            y = month > dct.getMonthValue() ? dct.getYear() : dct.getYear() + 1;
        } else {
            y = dct.getYear() + (rel.endsWith("lalu") ? -1 : rel.endsWith("depan") ? 1 : 0);
        }
        // a month dated by its sentence's year carries that year on, as the year written after it would
        return List.of(new Found(m.start(), m.end(), TimexType.DATE, new Anchor(LocalDate.of(y, month, 1), Grain.MONTH), sentenceYear != null));
    }

    /**
     * Whether a date or month at {@code pos} is part of a name: after a name's head, perhaps with a capitalised number
     * word between ("Universitas Sebelas Maret", "Jalan 17 Agustus").
     */
    private static boolean inName(Scan s, int pos) {
        String before = s.wordBefore(pos);
        if (NAME_HEADS.contains(before)) return true;
        int end = pos;
        while (end > 0 && !Character.isLetterOrDigit(s.text.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(s.text.charAt(start - 1))) start--;
        boolean numberWord = start < end && (Character.isUpperCase(s.text.charAt(start)) || Character.isDigit(s.text.charAt(start)))
                && (Character.isDigit(s.text.charAt(start)) || !Double.isNaN(TimeLexicon.number(before)));
        return numberWord && NAME_HEADS.contains(s.wordBefore(start));
    }

    /** The year that puts this month nearest the publication date. */
    private static int nearestYear(LocalDate dct, int month) {
        int diff = month - dct.getMonthValue();
        return dct.getYear() + (diff > 6 ? -1 : diff < -6 ? 1 : 0);
    }

    private List<Found> year(Matcher m, Scan s) {
        if (lawNumber(s.text, Math.max(0, m.start() - 20), m.start())) return null;
        boolean marked = g(m, "mod") != null || g(m, "tahun") != null || g(m, "rel") != null || g(m, "an") != null || g(m, "y2") != null;
        String before = s.wordBefore(m.start());
        if (!marked) {
            if (QUANTITY_WORDS.contains(before) || COUNT_NOUN.matcher(s.text).region(m.end(), s.text.length()).lookingAt()) return null;
            char prev = m.start() > 0 ? s.text.charAt(m.start() - 1) : ' ';
            if (prev == '-' || prev == '/' || prev == '#') return null;
        }
        int y = num(m, "y");
        if (g(m, "an") != null) {
            return List.of(new Found(m.start(), m.end(), TimexType.DATE, new Anchor(LocalDate.of(y, 1, 1), Grain.DECADE), false));
        }
        Anchor first = new Anchor(LocalDate.of(y, 1, 1), Grain.YEAR);
        // Only a year the sentence is set in ("pada 2019", "tahun 2019") dates what follows; "APBN 2024" names a thing.
        boolean setsYear = marked || TIME_PREPOSITIONS.contains(before);
        // "2022/2023" (a school or fiscal year) is one period named by its first year; "2019-2024" two dates.
        boolean oneSpan = g(m, "y2") == null || num(m, "y2") == y + 1 && s.text.charAt(m.end("y")) == '/';
        if (oneSpan) return List.of(new Found(m.start(), m.end(), TimexType.DATE, first, setsYear));
        Anchor second = new Anchor(LocalDate.of(num(m, "y2"), 1, 1), Grain.YEAR);
        return List.of(new Found(m.start(), m.end("y"), TimexType.DATE, first, false),
                new Found(m.start("y2"), m.end(), TimexType.DATE, second, true));
    }

    private List<Found> weekday(Matcher m, Scan s) {
        String name = g(m, "wd");
        String rel = lower(g(m, "rel"));
        boolean withHari = s.text.regionMatches(true, m.start(), "hari", 0, 4);
        boolean eve = g(m, "malam") != null;
        // Lower-case "minggu" is a week ("minggu lalu"), not Sunday, unless it follows "hari" or "malam" ("malam minggu").
        if (name.equals("minggu") && !withHari && !eve) return null;
        // "hingga larut malam Sabtu": late on Saturday night, not the eve of Saturday
        if (eve && LATE_NIGHT.contains(s.wordBefore(m.start()))) return null;
        DayOfWeek d = TimeLexicon.weekday(name);
        String pod = g(m, "pod");
        if (eve) {
            if (pod != null) return null;
            d = d.minus(1);
            pod = "malam";
        }
        if (s.dct == null) {
            return List.of(new Found(m.start(), m.end(), TimexType.DATE, "XXXX-WXX-" + d.getValue(), null, false));
        }
        // "setiap Senin dan Kamis": both days recur.
        if (rel == null && s.last != null && s.last.type() == TimexType.SET && s.last.value().startsWith("XXXX-WXX-")
                && LIST_WORD.matcher(s.text.substring(s.last.end(), m.start())).matches()) {
            return List.of(new Found(m.start(), m.end(), TimexType.SET, "XXXX-WXX-" + d.getValue(), null, false));
        }
        LocalDate dct = s.dct;
        int back = (dct.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
        LocalDate date;
        // "hingga Minggu (7/8) ... pesta kembang api pada Minggu malam": a weekday the text has dated is that day.
        LocalDate dated = s.datedWeekdays.get(d);
        // "1 Syawal 1445 H jatuh pada hari Rabu": the weekday of the date just named.
        if (s.last != null && s.last.anchor() != null && s.last.anchor().grain() == Grain.DAY && s.last.anchor().date().getDayOfWeek() == d
                && s.last.start() >= s.sentence(m.start()).start() && FALLS_ON.matcher(s.text.substring(s.last.end(), m.start())).find()) {
            dated = s.last.anchor().date();
        }
        // "sejak Senin": since a day on or before publication, even when the text has dated a coming one.
        boolean since = s.wordBefore(m.start()).equals("sejak") || s.wordBefore(m.start()).equals("since");
        if (rel == null && dated != null && !s.reported(m.start()) && !(since && dated.isAfter(dct))) {
            date = dated;
        } else if (rel == null) {
            // "a minister said on Wednesday": the saying is past whatever the sentence says of the future;
            // "Kalau Rabu tidak hadir lagi": a condition looks ahead.
            boolean reported = s.reported(m.start());
            boolean ahead = !reported && (s.future(m.start()) || CONDITION.matcher(s.text).region(s.sentence(m.start()).start(), m.start()).find()
                    // "Flights were suspended until Saturday" on a Friday: the stretch runs to the nearest Saturday.
                    || UNTIL.contains(s.wordBefore(m.start())) && back > 3);
            date = ahead ? dct.with(TemporalAdjusters.nextOrSame(d)) : dct.minusDays(back);
        } else if (rel.equals("lalu") || rel.equals("kemarin") || rel.equals("yang lalu") || rel.equals("last")) {
            date = dct.minusDays(back == 0 ? 7 : back);
        } else if (rel.equals("depan") || rel.equals("mendatang") || rel.equals("nanti") || rel.equals("next")
                || rel.equals("besok") || rel.equals("esok")) {
            date = dct.with(TemporalAdjusters.next(d));
        } else if (rel.equals("ini") || rel.equals("this")) {
            date = dct.with(d);
        } else {
            int weeks = rel.endsWith("lalu") ? -1 : rel.endsWith("depan") ? 1 : 0;
            date = dct.plusWeeks(weeks).with(d);
        }
        if (g(m, "pasaran") != null) {
            // "Kamis Wage lalu" is a past Thursday even when the nearest Wage Thursday is still to come; without a
            // word of direction the nearest, as a day named with its market day is mostly that of a coming ritual
            int way = rel == null || rel.equals("ini") || rel.equals("this") ? 0 : date.isBefore(dct) ? -1 : 1;
            date = withMarketDay(date, g(m, "pasaran"), eve ? 1 : 0, way);
        }
        return List.of(day(m.start(), m.end(), date, pod, false));
    }

    /**
     * The day nearest {@code date} with its weekday whose market day ({@code shift} days on: a night is named for the
     * day it leads into) is {@code pasaran}: the two cycles meet every 35 days. The search goes back for {@code way} -1,
     * ahead for 1, both ways for 0.
     */
    private static LocalDate withMarketDay(LocalDate date, String pasaran, int shift, int way) {
        int wanted = PASARAN_DAYS.indexOf(TimeLexicon.key(pasaran));
        // one way the five weeks of the cycle lie 0-4 weeks off; both ways, within two
        for (int k = 0; k <= (way == 0 ? 2 : 4); k++) {
            for (int sign : new int[]{1, -1}) {
                if (sign == -way) continue;
                LocalDate c = date.plusWeeks(sign * k);
                if (Math.floorMod(ChronoUnit.DAYS.between(LEGI, c.plusDays(shift)), 5) == wanted) return c;
            }
        }
        return date;
    }

    private List<Found> relativeDay(Matcher m, Scan s) {
        String rd = TimeLexicon.key(g(m, "rd"));
        String pod = first(first(g(m, "pod"), g(m, "pod2")), g(m, "kpod"));
        // "kemarin (22/10)": the bracket says which day.
        if (g(m, "bd") != null) {
            LocalDate d = s.dayMonth(num(m, "bd"), num(m, "bm"), year(g(m, "by")), m.start());
            if (d != null) return List.of(day(m.start(), m.end(), d, pod, g(m, "by") != null));
        }
        if (g(m, "kpod") != null) rd = "keesokan harinya";
        boolean narrative = rd.equals("hari itu") || rd.equals("hari yang sama") || rd.startsWith("keesokan");
        Anchor base = narrative ? s.anchor : s.dctAnchor();
        if (base == null || base.grain() != Grain.DAY) {
            return List.of(new Found(m.start(), m.end(), pod == null ? TimexType.DATE : TimexType.TIME, "XXXX-XX-XX", null, false));
        }
        int shift = switch (rd) {
            case "kemarin lusa" -> -2;
            case "kemarin", "yesterday" -> -1;
            case "besok", "esok", "esok hari", "tomorrow", "keesokan harinya", "keesokan hari" -> 1;
            case "lusa", "besok lusa" -> 2;
            default -> 0;
        };
        return List.of(day(m.start(), m.end(), base.date().plusDays(shift), pod, false));
    }

    private List<Found> partOfDay(Matcher m, Scan s) {
        String rel = lower(first(g(m, "rel"), g(m, "erel")));
        String pod = first(first(first(g(m, "pod"), g(m, "pod2")), g(m, "epod")), g(m, "bare"));
        // A bare "pagi" or "malam" is a time only as the bound of a stretch ("sejak pagi", "hingga malam") or when it
        // spells out a recurrence ("dua kali sehari, pagi dan sore").
        boolean distinct = g(m, "bare") != null && (TimeLexicon.key(pod).equals("dini hari") || TimeLexicon.key(pod).equals("tengah malam"));
        if (g(m, "bare") != null && !distinct && !BOUNDS.contains(s.wordBefore(m.start())) && !spellsOutRecurrence(s, m.start())) return null;
        if (g(m, "sm") != null) {
            // "pertunjukan semalam suntuk": all night long, not last night.
            if (ALL_NIGHT.matcher(s.text).region(m.end(), s.text.length()).lookingAt()) return null;
            pod = "malam";
            rel = "kemarin";
        }
        boolean narrative = "itu".equals(rel) || "harinya".equals(rel) || "hari".equals(rel);
        // "kalau hujan turun sore hari": any afternoon, not one day.
        if (("hari".equals(rel) || g(m, "bare") != null) && (s.habitual(m.start()) || listedAfterAnyDay(s, m.start()))) {
            return List.of(new Found(m.start(), m.end(), TimexType.TIME, "XXXX-XX-XXT" + TimeLexicon.partOfDay(pod), null, false));
        }
        // "sore harinya" after "Pembangunan dimulai pada 2022": the day the story last set, not the year.
        Anchor story = s.anchor != null && s.anchor.grain() == Grain.DAY ? s.anchor : s.lastDay;
        Anchor base = g(m, "bare") != null ? (s.lastDay != null ? s.lastDay : s.dctAnchor()) : narrative ? story : s.dctAnchor();
        if (base == null || base.grain() != Grain.DAY) return null;
        LocalDate date = base.date();
        // "tadi malam" is the night just past, as "semalam"; "pagi tadi" and "dini hari tadi" are of today.
        boolean lastNight = ("tadi".equals(rel) || g(m, "pod2") != null) && TimeLexicon.key(pod).equals("malam");
        if ("kemarin".equals(rel) || lastNight || "last".equals(rel) && "night".equals(pod)) date = date.minusDays(1);
        // "Selasa malam ... bertahan di luar rumah hingga pagi": the morning after that night; a sitting that went
        // on "hingga dini hari" ran into the next day.
        boolean until = g(m, "bare") != null && UNTIL.contains(s.wordBefore(m.start()));
        if (until && "MO".equals(TimeLexicon.partOfDay(pod)) && s.lastTime != null && s.lastTime.startsWith(date.toString())
                && NIGHT.matcher(s.lastTime).find() || until && TimeLexicon.key(pod).equals("dini hari")) date = date.plusDays(1);
        return List.of(day(m.start(), m.end(), date, pod, false));
    }

    private static final Pattern ALL_NIGHT = Pattern.compile("(?i)\\s+suntuk(?!\\p{L})");

    private static boolean spellsOutRecurrence(Scan s, int pos) {
        if (s.last == null || s.last.start() < s.sentence(pos).start()) return false;
        boolean afterSet = s.last.type() == TimexType.SET && RECURRENCE_LIST.matcher(s.text.substring(s.last.end(), pos)).matches();
        return afterSet || listedAfterAnyDay(s, pos);
    }

    /** "pagi dan sore hari" where "pagi" was any day's morning: the afternoon is any day's too. */
    private static boolean listedAfterAnyDay(Scan s, int pos) {
        return s.last != null && s.last.start() >= s.sentence(pos).start() && s.last.type() == TimexType.TIME
                && s.last.value().startsWith("XXXX-XX-XXT") && LIST_WORD.matcher(s.text.substring(s.last.end(), pos)).matches();
    }

    private List<Found> reference(Matcher m, Scan s) {
        String w = TimeLexicon.key(g(m, "w"));
        String before = s.wordBefore(m.start());
        if ((w.equals("dulu") || w.equals("dahulu")) && (before.equals("lebih") || before.equals("terlebih") || meansFirst(s, m.start(), m.end()))) return null;
        String value = switch (w) {
            case "dulu", "dahulu", "masa lalu", "masa lampau", "masa silam", "baru-baru ini", "belum lama ini", "beberapa waktu lalu",
                 "beberapa waktu silam", "recently", "the past" -> "PAST_REF";
            case "masa depan", "dalam waktu dekat", "the future" -> "FUTURE_REF";
            case "saat itu", "waktu itu", "ketika itu", "kala itu", "masa itu", "era itu", "zaman itu", "at the time" -> null;
            case String era when NAMED_ERA.matcher(era).matches() -> "PAST_REF";
            default -> "PRESENT_REF";
        };
        if (value == null) {
            // "saat itu": the time the story last set; without one, simply the past.
            if (!s.anchorFromText) value = "PAST_REF";
            else return List.of(new Found(m.start(), m.end(), TimexType.DATE, s.anchor.value(), null, false));
        }
        // "dalam waktu dekat": "dalam" is the preposition, as "in" of "in the near future", outside the span
        int start = m.start();
        if (w.startsWith("dalam ")) for (start += "dalam".length(); Character.isWhitespace(s.text.charAt(start)); ) start++;
        return List.of(new Found(start, m.end(), TimexType.DATE, value, null, false));
    }

    /** Words after which a clause-final "dulu" still means the past: "seperti dulu", "sejak dulu", "berbeda dengan dulu". */
    private static final Set<String> PAST_DULU = WordSet.of("seperti", "sejak", "dari", "sedari", "zaman", "masa", "tempo", "yang", "kala",
            "waktu", "sama", "daripada", "ketimbang", "itu", "dengan", "dibanding", "dibandingkan", "banding", "sebelum", "semenjak", "sebagaimana",
            "layaknya", "laiknya", "bak", "serupa");

    /**
     * "lolos dari grup dulu," "tunggu dulu.": "dulu" closing a clause after a word of its own is "first", not "formerly"
     * ("Dulu, ..." opens one; "lahan itu dulu merupakan ..." goes on).
     */
    private static boolean meansFirst(Scan s, int start, int end) {
        int b = start;
        while (b > 0 && s.text.charAt(b - 1) == ' ') b--;
        String before = s.wordBefore(start);
        // "tidak semurah dulu": as cheap as it was
        boolean comparison = before.startsWith("se") && before.length() > 4 && !before.equals("sebentar");
        if (b == 0 || b == start || !Character.isLetterOrDigit(s.text.charAt(b - 1)) || PAST_DULU.contains(before) || comparison) return false;
        int a = end;
        while (a < s.text.length() && s.text.charAt(a) == ' ') a++;
        return a == s.text.length() || ",.!?\"”)".indexOf(s.text.charAt(a)) >= 0;
    }

    private List<Found> calendarUnit(Matcher m, Scan s) {
        String mod = lower(g(m, "mod"));
        String rel = lower(g(m, "rel"));
        String unit = TimeLexicon.key(g(m, "u"));
        if (rel == null && mod == null) return null;
        if (unit.equals("minggu") && rel == null && mod == null) return null;
        // "berusia 67 tahun itu": an amount (here an age) before the unit, not "that year"
        if (mod == null && DIGITS.matcher(s.wordBefore(m.start())).matches()) return null;
        boolean weekend = unit.equals("weekend") || "akhir".equals(mod) && (unit.equals("pekan") || unit.equals("minggu"));
        boolean narrative = rel != null && (rel.equals("itu") || rel.equals("tersebut") || rel.equals("berikutnya") || rel.equals("sebelumnya"));
        if (narrative && !s.anchorFromText) return null;
        Anchor base = narrative ? s.anchor : s.dctAnchor();
        String u = TimeLexicon.unit(unit.equals("weekend") ? "week" : unit);
        if (base == null) return List.of(new Found(m.start(), m.end(), TimexType.DATE, "XXXX", null, false));
        int shift = rel == null ? 0 : switch (rel) {
            case "lalu", "kemarin", "yang lalu", "sebelumnya", "silam", "last", "past" -> -1;
            case "depan", "mendatang", "berikutnya", "yang akan datang", "next" -> 1;
            default -> 0;
        };
        Grain grain = switch (u) {
            case "W" -> Grain.WEEK;
            case "M" -> Grain.MONTH;
            default -> Grain.YEAR;
        };
        if (narrative && base.grain().compareTo(grain) > 0) return null;
        // "membalas sepanjang akhir pekan" in a page of Monday: the weekend just past, unless the sentence looks ahead.
        // "Kalau sampai akhir pekan belum selesai ...": a condition looks ahead.
        if (weekend && rel == null && !narrative && base.date().getDayOfWeek().getValue() <= 4 && !s.future(m.start())
                && !CONDITION.matcher(s.text).region(s.sentence(m.start()).start(), m.start()).find()) shift = -1;
        Anchor a = base.plus(shift, u).at(grain);
        String value = a.value() + (weekend ? "-WE" : "");
        Integer year = grain == Grain.YEAR ? Integer.valueOf(a.date().getYear()) : null;
        return List.of(new Found(m.start(), m.end(), TimexType.DATE, value, null, year));
    }

    private List<Found> samePeriod(Matcher m, Scan s) {
        String p = m.group("p").toLowerCase(Locale.ROOT);
        if (g(m, "rel") == null) {
            Grain g = p.equals("bulan") ? Grain.MONTH : p.equals("pekan") ? Grain.WEEK : Grain.YEAR;
            if (!s.anchorFromText || s.anchor.grain().compareTo(g) > 0) return null;
            return List.of(new Found(m.start(), m.end(), TimexType.DATE, s.anchor.at(g).value(), null, false));
        }
        Anchor base = s.anchorFromText ? s.anchor : s.dctAnchor();
        if (base == null) return List.of(new Found(m.start(), m.end(), TimexType.DATE, "XXXX", null, false));
        Grain g = switch (p) {
            case "bulan" -> Grain.MONTH;
            case "hari" -> Grain.DAY;
            case "pekan" -> Grain.WEEK;
            default -> base.grain();
        };
        if (g.compareTo(base.grain()) < 0) g = base.grain();
        int shift = m.group("rel").equalsIgnoreCase("lalu") || m.group("rel").equalsIgnoreCase("sebelumnya") ? -1 : 1;
        return List.of(new Found(m.start(), m.end(), TimexType.DATE, base.plus(shift, "Y").at(g).value(), null, false));
    }

    /** Whether {@link #LAW_NUMBER} ends {@code text[from, to)}; tried only where "no" (of "nomor", "no.") stands. */
    private static boolean lawNumber(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if ((text.charAt(i) == 'n' || text.charAt(i) == 'N') && (text.charAt(i + 1) == 'o' || text.charAt(i + 1) == 'O')) {
                return LAW_NUMBER.matcher(text.substring(from, to)).find();
            }
        }
        return false;
    }

    private List<Found> amount(Matcher m, Scan s) {
        String n = g(m, "n");
        String unitWord = g(m, "u");
        String u = TimeLexicon.unit(unitWord);
        if (u == null) return null;
        if (lawNumber(s.text, Math.max(0, m.start() - 12), m.end())) return null;
        // "berusia 61 tahun", "umur 19 tahun": an age, not a time
        if (AGE_WORDS.contains(s.wordBefore(m.start())) && g(m, "approx") == null) return null;
        double amount = n == null ? Double.NaN : n.equalsIgnoreCase("se") ? 1 : TimeLexicon.number(n);
        // "puluhan tahun" is decades, "ratusan tahun" centuries.
        if (u.equals("Y") && n != null && n.equalsIgnoreCase("puluhan")) u = "DE";
        if (u.equals("Y") && n != null && n.equalsIgnoreCase("ratusan")) u = "CE";
        String dir = lower(g(m, "dir"));
        String approx = lower(g(m, "approx"));
        if (g(m, "u2") != null) {
            String u2 = TimeLexicon.unit(g(m, "u2"));
            double amount2 = TimeLexicon.number(g(m, "n2"));
            // Only a smaller second unit continues the amount; "2 tahun 3 tahun" is not one.
            if (UNIT_ORDER.indexOf(u2) <= UNIT_ORDER.indexOf(u) || Double.isNaN(amount) || Double.isNaN(amount2)) {
                return List.of(new Found(m.start(), m.end("u"), TimexType.DURATION, duration(amount, u), null, false));
            }
            String first = duration(amount, u);
            String second = duration(amount2, u2);
            String value = first + (second.startsWith("PT") && first.contains("T") ? second.substring(2) : second.substring(1));
            int end = dir == null ? m.end() : m.end("u2");
            return List.of(new Found(m.start(), end, TimexType.DURATION, value, null, false));
        }
        boolean subDay = u.equals("S") || u.equals("MIN") || u.equals("H");
        // "two years earlier than planned": a difference, not a date.
        if (dir != null && COMPARED.matcher(s.text).region(m.end(), s.text.length()).lookingAt()) {
            return List.of(new Found(m.start(), m.end("u"), TimexType.DURATION, duration(amount, u), null, false));
        }
        // "lepas landas pukul 08.35 WIT dan dijadwalkan mendarat 45 menit kemudian": a clock time counted from the last one.
        Matcher clockBefore = s.last == null ? null : CLOCK_VALUE.matcher(s.last.value());
        if (subDay && dir != null && approx == null && !Double.isNaN(amount) && amount == Math.floor(amount) && clockBefore != null && clockBefore.matches()
                && s.last.start() > s.text.lastIndexOf('\n', m.start())) {
            int sign = dir.equals("kemudian") || dir.equals("later") || dir.equals("setelahnya") || dir.equals("sesudahnya") ? 1
                    : dir.equals("sebelumnya") || dir.equals("earlier") ? -1 : 0;
            if (sign != 0) {
                long minutes = (long) amount * (u.equals("H") ? 60 : u.equals("MIN") ? 1 : 0);
                if (minutes > 0 && !s.last.value().startsWith("XXXX")) {
                    java.time.LocalDateTime t = java.time.LocalDateTime.parse(s.last.value()).plusMinutes(sign * minutes);
                    return List.of(new Found(m.start(), m.end(), TimexType.TIME, t.toString().substring(0, 16), null, false));
                }
            }
        }
        boolean span = dir == null || dir.equals("ke depan") || dir.equals("terakhir") || dir.equals("belakangan") || dir.equals("pertama") || dir.equals("lebih")
                || dir.equals("penuh")
                || dir.equals("mendatang") && WITHIN.contains(s.wordBefore(m.start()))
                || dir.equals("lagi") && REMAINING.contains(s.wordBefore(m.start()));
        if (span || subDay || approx != null && !approx.equals("sekitar") && !approx.equals("about") && !approx.equals("around")) {
            // An offset's direction word stays outside the span when the offset is not resolved as a date.
            int end = span ? m.end() : m.end("u");
            return List.of(new Found(m.start(), end, TimexType.DURATION, duration(amount, u), null, false));
        }
        boolean fromStory = switch (dir) {
            case "kemudian", "setelahnya", "sesudahnya", "berikutnya", "setelah itu", "later", "sebelumnya", "sebelum itu", "earlier" -> true;
            default -> false;
        };
        int sign = switch (dir) {
            case "kemudian", "setelahnya", "sesudahnya", "berikutnya", "setelah itu", "later", "mendatang", "lagi" -> 1;
            default -> -1;
        };
        Anchor base = fromStory ? s.anchor : s.dctAnchor();
        // "menuduh ... membobol jaringan pada 2022. ... membantah sehari kemudian": a year inside a clause tells of
        // another time; days are counted from the last day the story set
        if (fromStory && base != null && base.grain() != Grain.DAY && !s.anchorFrames && s.lastDay != null
                && (u.equals("D") || u.equals("W"))) base = s.lastDay;
        if (Double.isNaN(amount) || base == null || amount != Math.floor(amount)) {
            return List.of(new Found(m.start(), m.end(), TimexType.DATE, sign > 0 ? "FUTURE_REF" : "PAST_REF", null, false));
        }
        // Counting days from a month or a year the story set ("Pada 2019 ... dua hari kemudian") gives no day.
        Grain needed = switch (u) {
            case "D", "W" -> Grain.DAY;
            case "M" -> Grain.MONTH;
            default -> Grain.DECADE;
        };
        if (base.grain().compareTo(needed) > 0) {
            return List.of(new Found(m.start(), m.end(), TimexType.DATE, needed == Grain.DAY ? "XXXX-XX-XX" : "XXXX-XX", null, false));
        }
        Anchor a = base.plus(sign * (long) amount, u);
        if (!fromStory && u.equals("W")) a = a.at(Grain.WEEK);
        // "in August 2022, down from ... a year earlier": the same month (or quarter) a year before.
        if (fromStory && u.equals("Y") && (base.grain() == Grain.MONTH || base.grain() == Grain.QUARTER)) a = a.at(base.grain());
        return List.of(new Found(m.start(), m.end(), TimexType.DATE, a, false));
    }

    /** Whether at most three words stand between the start of the sentence holding {@code pos} and {@code pos}. */
    private static boolean opensSentence(Scan s, int pos) {
        int words = 0;
        boolean inWord = false;
        for (int i = s.sentence(pos).start(); i < pos; i++) {
            boolean letter = Character.isLetterOrDigit(s.text.charAt(i));
            if (letter && !inWord && ++words > 3) return false; // the rest of a long sentence need not be read
            inWord = letter;
        }
        return true;
    }

    private List<Found> englishOne(Matcher m, Scan s) {
        String u = TimeLexicon.unit(g(m, "u"));
        if (u == null) return null;
        String before = s.text.substring(Math.max(0, m.start() - 20), m.start());
        if (g(m, "approx") == null && AMOUNT_BEFORE.matcher(before).find()) {
            return List.of(new Found(m.start(), m.end(), TimexType.SET, duration(1, u), null, false));
        }
        if (g(m, "approx") == null && !ENGLISH_FOR.contains(s.wordBefore(m.start()))) return null;
        return List.of(new Found(m.start(), m.end(), TimexType.DURATION, duration(1, u), null, false));
    }

    private List<Found> set(Matcher m, Scan s) {
        // "100 km per jam" is a speed, not a recurrence.
        if (g(m, "u2") != null && SPEED_UNITS.contains(s.wordBefore(m.start()))) return null;
        // "direvisi dua kali dalam tiga bulan terakhir": a count within a stretch, not a recurrence.
        if (g(m, "k") != null && LAST_STRETCH.matcher(s.text).region(m.end(), s.text.length()).lookingAt()) return null;
        if (g(m, "we") != null) return List.of(new Found(m.start(), m.end(), TimexType.SET, "XXXX-WXX-WE", null, false));
        if (g(m, "spod") != null) return List.of(new Found(m.start(), m.end(), TimexType.SET, "XXXX-XX-XXT" + TimeLexicon.partOfDay(g(m, "spod")), null, false));
        String u = first(first(first(g(m, "u"), g(m, "u2")), first(g(m, "u3"), g(m, "u4"))), first(g(m, "u5"), g(m, "u6")));
        String n = first(first(g(m, "n"), g(m, "n3")), g(m, "n5"));
        DayOfWeek d = TimeLexicon.weekday(u);
        // "setiap minggu" is weekly; "setiap Minggu", capitalised, is every Sunday.
        boolean sunday = u.equalsIgnoreCase("minggu") && g(m, "u") != null && Character.isUpperCase(s.text.charAt(m.start("u")));
        String clock = g(m, "uh") != null ? String.format("T%02d:%s", afternoon(num(m, "uh"), first(g(m, "upod2"), g(m, "upod"))), first(g(m, "umi"), "00"))
                : g(m, "upod") != null ? "T" + TimeLexicon.partOfDay(g(m, "upod")) : "";
        if (d != null && (!u.equalsIgnoreCase("minggu") || sunday)) {
            return List.of(new Found(m.start(), m.end(), TimexType.SET, "XXXX-WXX-" + d.getValue() + clock, null, false));
        }
        String code = TimeLexicon.unit(u);
        if (code == null) return null;
        double amount = n == null ? 1 : TimeLexicon.number(n);
        if (!clock.isEmpty() && code.equals("D") && amount == 1) return List.of(new Found(m.start(), m.end(), TimexType.SET, "XXXX-XX-XX" + clock, null, false));
        // a time of day after a longer unit is not the recurrence's: "setiap tahun" ends there
        int end = clock.isEmpty() ? m.end() : g(m, "nya") != null ? m.end("nya") : m.end("u");
        return List.of(new Found(m.start(), end, TimexType.SET, duration(amount, code), null, false));
    }

    private List<Found> clock(Matcher m, Scan s) {
        String pod = g(m, "pod");
        int h = first(g(m, "h"), g(m, "h2")) == null ? 0 : Integer.parseInt(first(g(m, "h"), g(m, "h2")));
        String mi = first(g(m, "mi"), g(m, "mi2"));
        String ap = g(m, "ap");
        if (ap != null && ap.equalsIgnoreCase("p") && h < 12) h += 12;
        h = afternoon(h, pod);
        boolean today = EARLIER_TODAY.matcher(s.text).region(m.end(), s.text.length()).lookingAt();
        // "Jumat (5/1) malam ... keesokan paginya ... laporan masuk pukul 22.05": a night time told after the
        // morning that followed a day belongs to that day's night.
        boolean nightBefore = s.lastDayMorning && h >= 18 && s.dayBefore != null && s.dayBefore.date().equals(s.lastDay.date().minusDays(1));
        Anchor base = today ? s.dctAnchor() : nightBefore ? s.dayBefore : s.clockDay(m.start());
        // "hingga Selasa (12/3) pukul 06.00 WITA": a time right after its own day keeps that day.
        if (!today && s.last != null && s.last.anchor() != null && s.last.anchor().grain() == Grain.DAY && s.last.end() <= m.start()
                && BEFORE_ITS_DAY.matcher(s.text.substring(s.last.end(), m.start())).matches()) base = s.last.anchor();
        // "dihentikan tadi malam ... dan dilanjutkan pukul 07.00 WIB": a morning after that night.
        if (!today && !nightBefore && base != null && base.grain() == Grain.DAY && h >= 4 && h < 12 && s.lastTime != null
                && s.lastTimeAt >= s.sentence(m.start()).start() && s.lastTime.startsWith(base.date().toString())
                && NIGHT.matcher(s.lastTime).find()) base = Anchor.day(base.date().plusDays(1));
        // "merayakan malam tahun baru ... kembang api tepat pukul 00.00": the midnight after a night begins the next day
        if (!today && base != null && base.grain() == Grain.DAY && h == 0 && (mi == null || mi.equals("00")) && s.lastTime != null
                && s.lastTime.startsWith(base.date() + "T") && NIGHT.matcher(s.lastTime).find()) base = Anchor.day(base.date().plusDays(1));
        // "sejak Minggu sore hingga pukul 03.00": a bound earlier in the day than the start is on the next day
        if (!today && base != null && base.grain() == Grain.DAY && UNTIL.contains(s.wordBefore(m.start())) && s.lastTime != null
                && s.lastTimeAt >= s.sentence(m.start()).start() && s.lastTime.startsWith(base.date() + "T") && hourOf(s.lastTime) > h) {
            base = Anchor.day(base.date().plusDays(1));
        }
        // "pukul 23.47 WIT ... terasa di Kendari pukul 22.47 WITA": the same moment told in another zone is on its day
        int offset = zoneOffset(g(m, "z"));
        if (!today && offset > 0 && s.zoneClock != null && offset != s.zoneClockOffset) {
            for (int d = -1; d <= 1; d++) {
                java.time.LocalDateTime there = s.zoneClock.toLocalDate().plusDays(d).atTime(h % 24, mi == null ? 0 : Integer.parseInt(mi))
                        .minusHours(offset - s.zoneClockOffset);
                if (Math.abs(ChronoUnit.MINUTES.between(s.zoneClock, there)) <= SAME_MOMENT_MINUTES) {
                    base = Anchor.day(s.zoneClock.toLocalDate().plusDays(d));
                    break;
                }
            }
        }
        String date = base == null || base.grain() != Grain.DAY ? "XXXX-XX-XX" : base.date().toString();
        if (offset > 0 && base != null && base.grain() == Grain.DAY && s.zoneClock == null) {
            s.zoneClock = base.date().atTime(h % 24, mi == null ? 0 : Integer.parseInt(mi));
            s.zoneClockOffset = offset;
        }
        String first = String.format("%sT%02d:%s", date, h % 24, mi == null ? "00" : mi);
        if (g(m, "h3") == null) return List.of(new Found(m.start(), m.end(), TimexType.TIME, first, null, false));
        int h3 = afternoon(Integer.parseInt(g(m, "h3")), pod);
        String second = String.format("%sT%02d:%s", date, h3 % 24, g(m, "mi3"));
        return List.of(new Found(m.start(), m.start("range"), TimexType.TIME, first, null, false),
                new Found(m.start("h3"), m.end(), TimexType.TIME, second, null, false));
    }

    /** How near the moment a clock time in another zone must come to count as the same moment told again. */
    private static final int SAME_MOMENT_MINUTES = 60;

    /** Hours east of UTC of Indonesia's zones, or 0 for none or another. */
    private static int zoneOffset(String zone) {
        return zone == null ? 0 : switch (zone.toUpperCase(Locale.ROOT)) {
            case "WIB" -> 7;
            case "WITA" -> 8;
            case "WIT" -> 9;
            default -> 0;
        };
    }

    /** The hour of a clock time's or a part of the day's value ("...T15:30" 15, "...TAF" 15, "...TNI" 21). */
    private static int hourOf(String value) {
        String t = value.substring(value.indexOf('T') + 1);
        if (t.length() >= 2 && Character.isDigit(t.charAt(0))) return Integer.parseInt(t.substring(0, 2));
        return switch (t) {
            case "MO" -> 8;
            case "MI" -> 12;
            case "AF" -> 15;
            case "EV" -> 18;
            case "NI" -> 21;
            default -> -1;
        };
    }

    private static int afternoon(int h, String pod) {
        String code = pod == null ? null : TimeLexicon.partOfDay(pod);
        if (h < 12 && ("AF".equals(code) || "EV".equals(code) || "NI".equals(code) && h >= 6 || "MI".equals(code) && h <= 5)) return h + 12;
        return h;
    }

    private List<Found> season(Matcher m, Scan s) {
        String name = TimeLexicon.key(first(g(m, "s"), g(m, "es")));
        String code = switch (name) {
            case "panas", "summer" -> "SU";
            case "dingin", "winter" -> "WI";
            case "semi", "spring" -> "SP";
            default -> "FA";
        };
        String rel = lower(g(m, "rel"));
        String y;
        if (g(m, "y") != null) y = g(m, "y");
        else if (s.dct == null) y = "XXXX";
        else y = String.valueOf(s.dct.getYear() + ("lalu".equals(rel) ? -1 : "depan".equals(rel) || "mendatang".equals(rel) ? 1 : 0));
        return List.of(new Found(m.start(), m.end(), TimexType.DATE, y + "-" + code, null, false));
    }

    private List<Found> quarter(Matcher m, Scan s) {
        if (g(m, "qn") != null) return s.afterName(m.start()) ? null : List.of(new Found(m.start(), m.end(), TimexType.DATE, quarterOf(num(m, "qy"), num(m, "qn")), true));
        boolean english = g(m, "eq") != null;
        String q = TimeLexicon.key(english ? g(m, "eq") : g(m, "q"));
        int n = switch (q) {
            case "i", "1", "pertama", "first" -> 1;
            case "ii", "2", "kedua", "second" -> 2;
            case "iii", "3", "ketiga", "third" -> 3;
            default -> 4;
        };
        boolean half = english ? g(m, "ek").equalsIgnoreCase("half") : g(m, "k").equalsIgnoreCase("semester");
        if (half && n > 2) return null;
        String rel = english ? englishRelative(lower(g(m, "erel"))) : lower(g(m, "rel"));
        Integer inSentence = s.yearInSentence(m.start());
        String y = g(m, "y") != null ? g(m, "y") : g(m, "sy") != null ? g(m, "sy") : g(m, "ey") != null ? g(m, "ey")
                : s.dct == null ? "XXXX"
                : String.valueOf(rel != null ? s.dct.getYear() + (rel.equals("lalu") ? -1 : rel.equals("depan") ? 1 : 0)
                : inSentence != null ? inSentence : s.dct.getYear());
        if (half || y.equals("XXXX")) return List.of(new Found(m.start(), m.end(), TimexType.DATE, y + (half ? "-H" : "-Q") + n, null, false));
        // A quarter is a time the story can count from: "87.000 ton pada kuartal II, dari 104.000 ton setahun sebelumnya".
        boolean stated = g(m, "y") != null || g(m, "sy") != null || g(m, "ey") != null;
        return List.of(new Found(m.start(), m.end(), TimexType.DATE, quarterOf(Integer.parseInt(y), n), stated));
    }

    private static Anchor quarterOf(int year, int quarter) {
        return new Anchor(LocalDate.of(year, quarter * 3 - 2, 1), Grain.QUARTER);
    }

    /** "the April-June quarter", as wire copy names quarters: one when the months open and close a calendar quarter. */
    private List<Found> monthsQuarter(Matcher m, Scan s) {
        int from = TimeLexicon.month(m.group("m1"));
        if (from % 3 != 1 || TimeLexicon.month(m.group("m2")) != from + 2) return null;
        int quarter = (from + 2) / 3;
        if (g(m, "y") != null) return List.of(new Found(m.start(), m.end(), TimexType.DATE, quarterOf(num(m, "y"), quarter), true));
        if (s.dct == null) return List.of(new Found(m.start(), m.end(), TimexType.DATE, "XXXX-Q" + quarter, null, false));
        Integer inSentence = s.yearInSentence(m.start());
        int y = inSentence != null ? inSentence : from > s.dct.getMonthValue() && !s.future(m.start()) ? s.dct.getYear() - 1 : s.dct.getYear();
        return List.of(new Found(m.start(), m.end(), TimexType.DATE, quarterOf(y, quarter), false));
    }

    private List<Found> holiday(Matcher m, Scan s) {
        String name = TimeLexicon.key(m.group("h"));
        // "Tahun Baru 1446 H" is the Islamic new year
        boolean hijriNewYear = g(m, "hy") != null && name.contains("tahun baru");
        Holidays.Holiday h = Holidays.of(hijriNewYear ? "tahun baru islam" : m.group("h"));
        // "setiap tahun menjelang Lebaran", "tiap Lebaran": any year's, not a date.
        if (h == null || EVERY.contains(s.wordBefore(m.start()))
                || EVERY_YEAR.matcher(s.text).region(s.sentence(m.start()).start(), m.start()).find()) return null;
        String rel = lower(g(m, "rel"));
        Integer y = h.year() != null ? h.year() : year(g(m, "y"));
        if (y == null && rel != null && s.dct != null) {
            y = s.dct.getYear() + (rel.endsWith("lalu") ? -1 : rel.endsWith("depan") ? 1 : 0);
        }
        if (y == null) y = s.yearInSentence(m.start());
        // "malam tahun baru 2015" is the last night of 2014; a year its sentence names may be either, so the nearest one.
        if (name.startsWith("malam tahun baru") && rel == null) y = g(m, "y") == null ? null : Integer.valueOf(num(m, "y") - 1);
        // "berencana menggelar ... bertepatan dengan libur Natal dan Tahun Baru": the coming ones.
        if (y == null && rel == null && s.future(m.start())) rel = "mendatang";
        // "libur Natal dan Tahun Baru": the New Year that follows that Christmas.
        if (g(m, "y") == null && h.fixed() != null && h.fixed().getMonthValue() == 1 && s.last != null
                && s.last.value().matches("\\d{4}-12-2[45]") && CHRISTMAS_AND.matcher(s.text.substring(s.last.end(), m.start())).matches()) {
            y = Integer.parseInt(s.last.value().substring(0, 4)) + 1;
        }
        // "Idulfitri 1446 H": the day of that Hijri year.
        LocalDate date = g(m, "hy") != null ? h.inHijriYear(num(m, "hy")) : h.on(y, s.dct, rel);
        if (date == null) return List.of(new Found(m.start(), m.end(), TimexType.DATE, g(m, "hn") == null ? h.unresolved() : "XXXX-XX-XX", null, false));
        if (g(m, "hn") != null) date = date.plusDays((g(m, "hs").equals("-") ? -1L : 1L) * num(m, "hn"));
        // "malam takbiran" is the night before Idulfitri, "malam tahun baru 1446 H" the night before 1 Muharram.
        if (name.equals("malam takbiran") || hijriNewYear && name.startsWith("malam")) date = date.minusDays(1);
        // "malam pergantian tahun", "malam tahun baru", "malam takbiran" are nights, not days ("malam Natal" is Christmas Eve).
        String pod = name.startsWith("malam") && !name.contains("natal") ? "malam" : null;
        return List.of(day(m.start(), m.end(), date, pod, g(m, "y") != null || g(m, "hy") != null));
    }

    private List<Found> hijriDate(Matcher m, Scan s) {
        int d = g(m, "d") == null ? 1 : num(m, "d");
        LocalDate date = null;
        if (g(m, "hy") != null) {
            date = Holidays.hijri(d, m.group("hm"), num(m, "hy"));
        } else if (s.dct != null) {
            // no year: the one nearest publication
            for (int h = s.dct.getYear() - 580; h <= s.dct.getYear() - 577; h++) {
                LocalDate c = Holidays.hijri(d, m.group("hm"), h);
                if (c != null && (date == null || Math.abs(ChronoUnit.DAYS.between(s.dct, c)) < Math.abs(ChronoUnit.DAYS.between(s.dct, date)))) date = c;
            }
        }
        if (date == null) return null;
        // the Javanese day begins at sunset: "malam 1 Suro" is the evening before it
        if (g(m, "malam") != null) return List.of(day(m.start(), m.end(), date.minusDays(1), "malam", false));
        return List.of(day(m.start(), m.end(), date, null, g(m, "hy") != null));
    }

    /** How far from publication a Lebaran may be for a bare "H-7" to count from it: the weeks of mudik and arus balik. */
    private static final int LEBARAN_SEASON_DAYS = 45;

    /**
     * What may follow a bare "H-3" counted from Lebaran: no word, a preposition or conjunction, a verb, a day, or
     * Lebaran itself. A noun names another day it counts from: "H-3 pencoblosan", "H-1 jelang pertandingan final".
     */
    private static final Pattern LEBARAN_COUNT_GOES_ON = Pattern.compile("(?iu)(?![ \\t-]*\\p{L})|[ \\t]+(?:(?:di|ke|dari|pada|dan|atau|serta|hingga|sampai"
            + "|sejak|mulai|yang|ini|itu|lalu|kemarin|nanti|mendatang|sudah|telah|akan|masih|baru|pukul|jam|sekitar|lebaran|idul\\s?fitri"
            + "|hari\\s+raya|" + WEEKDAY + "|(?:menjelang|jelang|sebelum|setelah|sesudah|usai)\\s+(?:lebaran|idul\\s?fitri|hari\\s+raya))(?!\\p{L})"
            + "|(?!menjelang)(?:di|me|ber|ter)\\p{L}{3,})");

    private List<Found> daysFromLebaran(Matcher m, Scan s) {
        if (s.dct == null || !LEBARAN_COUNT_GOES_ON.matcher(s.text).region(m.end(), s.text.length()).lookingAt()) return null;
        LocalDate eid = Holidays.of("lebaran").on(null, s.dct, null);
        if (eid == null || Math.abs(ChronoUnit.DAYS.between(s.dct, eid)) > LEBARAN_SEASON_DAYS) return null;
        return List.of(day(m.start(), m.end(), eid.plusDays((m.group("hs").equals("-") ? -1L : 1L) * num(m, "hn")), null, false));
    }

    private List<Found> ramadan(Matcher m, Scan s) {
        String rel = lower(g(m, "rel"));
        Integer y = year(g(m, "y"));
        if (y == null && rel != null && s.dct != null) y = s.dct.getYear() + (rel.endsWith("lalu") ? -1 : rel.endsWith("depan") ? 1 : 0);
        if (y == null) y = s.yearInSentence(m.start());
        LocalDate start = y != null ? Holidays.ramadanStart(y) : s.dct == null ? null : Holidays.ramadanNearest(s.dct);
        if (start == null) return List.of(new Found(m.start(), m.end(), TimexType.DATE, g(m, "u") == null ? "XXXX-XX" : "XXXX-XX-XX", null, false));
        LocalDate end = Holidays.ramadanEnd(start);
        String n = lower(g(m, "n"));
        if (n != null) {
            int k = n.equals("terakhir") ? -1 : ordinal(n);
            if (g(m, "u").equalsIgnoreCase("hari")) {
                return List.of(day(m.start(), m.end(), k < 0 ? end : start.plusDays(k - 1L), null, false));
            }
            LocalDate week = k < 0 ? end : start.plusWeeks(k - 1L);
            return List.of(new Found(m.start(), m.end(), TimexType.DATE, Anchor.day(week).at(Grain.WEEK), false));
        }
        String mod = lower(g(m, "mod"));
        LocalDate month = mod == null || mod.equals("pertengahan") ? start.plusDays(14) : mod.equals("awal") ? start : end;
        return List.of(new Found(m.start(), m.end(), TimexType.DATE, Anchor.day(month).at(Grain.MONTH), false));
    }

    /** "last year" as "tahun lalu": the Indonesian relative word for an English one. */
    private static String englishRelative(String rel) {
        return rel == null ? null : switch (rel) {
            case "last" -> "lalu";
            case "next" -> "depan";
            default -> "ini";
        };
    }

    /**
     * "hari ketiga": counted from the day the text said something began ("digelar mulai Jumat (16/6) ... pada hari
     * pertama"), else publication; the day its sentence names after it still wins (see dateOrdinalDays).
     */
    private List<Found> ordinalDay(Matcher m, Scan s) {
        if (s.habitual(s.sentence(m.start()).end())) return null;
        String n = TimeLexicon.key(m.group()).replaceFirst("^hari\\s+", "");
        // "pada Sabtu (7/12) dan Minggu (8/12). Pada hari pertama, ...": the first of the days just listed
        if (s.listFirstDay != null && !n.equals("terakhir") && m.start() - s.listFirstDayAt < LIST_REACH
                && s.lastDayAt == s.listFirstDayAt) {
            return List.of(day(m.start(), m.end(), s.listFirstDay.date().plusDays(ordinal(n) - 1L), null, false));
        }
        if (s.startDay != null && !n.equals("terakhir")) {
            return List.of(day(m.start(), m.end(), s.startDay.date().plusDays(ordinal(n) - 1L), null, false));
        }
        return List.of(new Found(m.start(), m.end(), TimexType.DATE, s.dct == null ? "XXXX-XX-XX" : s.dct.toString(), null, false));
    }

    /** How far after days listed an ordinal day may count from them: the next sentence or two. */
    private static final int LIST_REACH = 300;

    /** 1 for "pertama", 3 for "ketiga" or "ke-3". */
    private static int ordinal(String word) {
        String w = word.replaceFirst("^ke-?\\s*", "");
        if (w.equals("pertama")) return 1;
        return Character.isDigit(w.charAt(0)) ? Integer.parseInt(w) : (int) TimeLexicon.number(w);
    }

    private List<Found> century(Matcher m, Scan s) {
        String c = g(m, "c");
        int n = c.matches("\\d+") ? Integer.parseInt(c) : roman(c.toUpperCase(Locale.ROOT));
        if (n < 1 || n > 30) return null;
        return List.of(new Found(m.start(), m.end(), TimexType.DATE, String.format("%02d", n - 1), null, false));
    }

    private static int roman(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 50;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** A TIMEX3 duration value: P3Y, PT2H, PXM, P1.5Y. */
    private static String duration(double amount, String unit) {
        if (unit.equals("WINDU")) {
            unit = "Y";
            amount *= 8;
        }
        // "setengah jam" is thirty minutes as annotators write it, not PT0.5H
        if (amount == 0.5) {
            switch (unit) {
                case "H" -> { return "PT30M"; }
                case "MIN" -> { return "PT30S"; }
                case "D" -> { return "PT12H"; }
                case "Y" -> { return "P6M"; }
                default -> { }
            }
        }
        boolean time = unit.equals("S") || unit.equals("MIN") || unit.equals("H");
        String code = unit.equals("MIN") ? "M" : unit;
        String n = Double.isNaN(amount) ? "X" : amount == Math.floor(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
        return (time ? "PT" : "P") + n + code;
    }

    private static Found day(int start, int end, LocalDate date, String pod, boolean explicitYear) {
        Anchor a = Anchor.day(date);
        if (pod == null) return new Found(start, end, TimexType.DATE, a, explicitYear);
        String time = TimeLexicon.key(pod).equals("tengah malam") ? "24:00" : TimeLexicon.partOfDay(pod);
        return new Found(start, end, TimexType.TIME, date + "T" + time, a, explicitYear);
    }

    /** The named group's text, or null when the rule's pattern has no such group (asked, not thrown: exceptions are slow). */
    private static String g(Matcher m, String group) {
        Integer index = m.namedGroups().get(group); // the matcher keeps the map
        return index == null ? null : m.group(index);
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    /** A year as written: four digits, or two ("14" in "30/12/14") read as 20xx. */
    private static Integer year(String y) {
        if (y == null) return null;
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String lower(String s) {
        return s == null ? null : TimeLexicon.key(s);
    }

    private interface Normaliser {
        /** The expressions a match yields, or null when its context says it is not a time. */
        List<Found> apply(Matcher m, Scan s);
    }

    private record Rule(Set<String> heads, Pattern pattern, Normaliser normaliser, AfterNumber.Test test) {
    }

}
