package id.linimasa.time;

import id.linimasa.text.Sentence;
import id.linimasa.text.Span;
import id.linimasa.time.Anchor.Grain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The state of one pass over a text: the publication date, the story's anchor and the sentences. */
final class Scan {
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");
    private static final CueWords HABITUAL = new CueWords("biasanya", "setiap", "tiap", "kalau", "jika", "apabila", "selalu", "sering",
            "kerap", "umumnya", "lazimnya", "dikenal");
    private static final Pattern YEAR_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])(?:1[5-9]|20)\\d\\d(?![\\p{L}\\p{N}])");
    /** Words that make a month or part of the day any one ("biasanya terjadi pada Januari", "setiap tahun pada bulan Juni"). */
    private static final CueWords GENERIC = new CueWords("biasanya", "setiap", "tiap", "selalu", "sering", "kerap", "umumnya", "lazimnya",
            "rutin", "dikenal", "usually", "every", "always", "often");
    /** Words that say a sentence tells what is already done ("... tiket telah terjual"). */
    private static final CueWords DONE = new CueWords("telah", "sudah", "sempat", "tercatat");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",?\\s*(?:dan|atau|hingga|sampai|serta|and|or|to)?|-|–");
    /** Words that put a sentence in the future ("akan digelar pada Juni"). */
    private static final CueWords FUTURE = new CueWords("akan", "bakal", "dijadwalkan", "rencananya", "direncanakan", "berencana",
            "ditargetkan", "menargetkan", "menunggu", "menanti", "diperkirakan", "diprediksi", "diproyeksikan", "memperkirakan", "memprediksi",
            "will", "expected", "ends", "begins", "starts", "expires", "due", "scheduled");
    /**
     * An appeal looks ahead only for a day told inside what it asks ("diimbau tidak naik pada akhir pekan"), after one
     * of {@link #APPEAL_CONTENT}: a day right after its addressee is when the appeal was made ("mengimbau nelayan pada 18 Mei").
     */
    private static final CueWords APPEAL = new CueWords("diimbau", "mengimbau", "imbau");
    private static final CueWords APPEAL_CONTENT = new CueWords("agar", "supaya", "untuk", "tidak", "tak", "jangan", "mewaspadai",
            "menghindari");
    /**
     * Two-word cues of a coming day: a deadline ("paling lambat Kamis", "paling cepat tiba Kamis"). Not "mulai
     * berlaku", which tells of past starts as often ("PSBB mulai berlaku pada 10 April" four days later).
     */
    private static final Pattern FUTURE_PHRASE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])paling\\s+(?:cepat|lambat)(?![\\p{L}\\p{N}])");

    /** Words that make a sentence a forecast ("hujan diperkirakan turun Selasa sore"): its days frame nothing told after it. */
    private static final CueWords PREDICTION = new CueWords("memperkirakan", "diperkirakan", "diprediksi", "memprediksi", "diproyeksikan",
            "memproyeksikan", "prakiraan", "expected", "forecast", "predicted", "projected");

    /** A verb of saying just before a weekday: "said on Wednesday", "told reporters on Tuesday", "katanya, Rabu". */
    private static final Pattern REPORTED = Pattern.compile("(?i)(?:\\bsaid|\\bsays|\\btold\\s+\\p{L}+|\\bannounced|\\bkata(?:nya)?|\\bujar(?:nya)?"
            + "|\\btutur(?:nya)?|\\bucap(?:nya)?)\\s*,?\\s*(?:on\\s+)?$");

    final String text;
    final List<Sentence> sentences;
    final LocalDate dct;
    Anchor anchor;
    boolean anchorFromText;
    /** Whether the anchor was set by a date that opens its sentence ("Pada 2019, ..."), not one inside a clause. */
    boolean anchorFrames;
    /** The last day the text set, which clock times belong to. */
    Anchor lastDay;
    /** Whether the last day was set as a morning ("Sabtu pagi"), and the different day set before it. */
    boolean lastDayMorning;
    Anchor dayBefore;
    int lastDayAt = -1;
    /** Whether the last day was a forecast's, after publication ("diperkirakan turun Selasa (14/5) sore"). */
    boolean lastDayForecast;
    /** The last day the text said something began on ("mulai Jumat (16/6)"): what "hari pertama" counts from. */
    Anchor startDay;
    /** The first of two or more days the text listed or ranged last ("Sabtu (7/12) dan Minggu (8/12)", "14-16 Juli"): the first day of what they span. */
    Anchor listFirstDay;
    int listFirstDayAt = -1;
    /** The last day a quotation set ("'Operasi berlanjut besok sejak pukul 06.00'"), which only that quotation's clock times take. */
    Anchor quotedDay;
    int quotedDayAt = -1;
    /** The first clock time the text gave with an Indonesian zone, and that zone's hours east of UTC. */
    java.time.LocalDateTime zoneClock;
    int zoneClockOffset;
    /** The first day the text set: the day of the news. */
    Anchor leadDay;
    Integer year;
    int yearAt = -1;
    Found last;
    /** Weekdays the text gave a date ("Minggu (7/8)"), which the same bare name later means. */
    final Map<DayOfWeek, LocalDate> datedWeekdays = new EnumMap<>(DayOfWeek.class);
    /** The value of the last clock time or part of the day found ("2022-05-11T23:42"). */
    String lastTime;
    int lastTimeAt = -1;

    /** Where the photo captions begin, and the start of the caption line last entered. */
    final int captionStart;
    int captionLine = -1;

    Scan(String text, List<Sentence> sentences, LocalDate dct) {
        this.text = text;
        this.sentences = sentences;
        this.dct = dct;
        this.anchor = dct == null ? null : Anchor.day(dct);
        this.captionStart = sentences.stream().filter(Sentence::caption).mapToInt(x -> x.span().start()).min().orElse(Integer.MAX_VALUE);
    }

    /** Where {@link #reported} last looked, and what it found there: a weekday's rule and the pass both ask. */
    private int reportedAt = -1;
    private boolean reportedThere;

    /** Whether a verb of saying stands right before {@code pos} ("said on", "katanya,"). */
    boolean reported(int pos) {
        if (pos != reportedAt) {
            int from = Math.max(0, pos - 40);
            reportedThere = saysIn(from, pos) && REPORTED.matcher(text.substring(from, pos)).find();
            reportedAt = pos;
        }
        return reportedThere;
    }

    /**
     * The verbs of {@link #REPORTED}, one of which it needs, by their first letter: most windows hold none, and need
     * no pattern to tell.
     */
    private static final String[] SAYING_S = {"said", "says"};
    private static final String[] SAYING_T = {"told", "tutur"};
    private static final String[] SAYING_A = {"announced"};
    private static final String[] SAYING_K = {"kata"};
    private static final String[] SAYING_U = {"ujar", "ucap"};

    private boolean saysIn(int from, int to) {
        for (int i = from; i < to; i++) {
            // the pattern folds ASCII case only
            String[] verbs = switch (text.charAt(i)) {
                case 's', 'S' -> SAYING_S;
                case 't', 'T' -> SAYING_T;
                case 'a', 'A' -> SAYING_A;
                case 'k', 'K' -> SAYING_K;
                case 'u', 'U' -> SAYING_U;
                default -> null;
            };
            if (verbs == null) continue;
            for (String verb : verbs) if (i + verb.length() <= to && text.regionMatches(true, i, verb, 0, verb.length())) return true;
        }
        return false;
    }

    /** A caption is a text of its own: the story's anchor does not carry into it or from one caption to the next. */
    void enterCaption(int pos) {
        if (pos < captionStart) return;
        int line = text.lastIndexOf('\n', pos) + 1;
        if (line == captionLine) return;
        captionLine = line;
        anchor = dctAnchor();
        lastDay = null;
        lastDayForecast = false;
        dayBefore = null;
        leadDay = null;
        startDay = null;
        listFirstDay = null;
        quotedDay = null;
        zoneClock = null;
        lastDayMorning = false;
        anchorFromText = false;
        year = null;
        last = null;
        lastTime = null;
        datedWeekdays.clear();
    }

    /**
     * The day a clock time without its own day belongs to: the last day the text set, unless that was a day of
     * the background more than a week before the news's own day, or an aside more than a month after it ("the next
     * eclipse is expected on 20 April 2023"), told in an earlier paragraph; then the news's day.
     */
    Anchor clockDay(int pos) {
        if (quotedDay != null && quotedDayAt > lastDayAt && text.lastIndexOf('\n', pos) < quotedDayAt
                && !QUOTE_MARK.matcher(text).region(quotedDayAt, pos).find()) return quotedDay;
        if (lastDay == null) return dctAnchor();
        if (lastDayForecast && lastDayAt < sentence(pos).start()) return leadDay != null && !leadDay.date().isAfter(dct) ? leadDay : dctAnchor();
        boolean background = leadDay != null && (lastDay.date().isBefore(leadDay.date().minusWeeks(1)) || lastDay.date().isAfter(leadDay.date().plusMonths(1)))
                && lastDayAt < text.lastIndexOf('\n', pos);
        // "... sepuluh hari setelah Idul Fitri. Hingga pukul 11.00 WIB, 63.000 tiket telah terjual": what is already
        // done did not happen on a day still to come; it happened on the news's day.
        Span here = sentence(pos);
        boolean doneBeforeLastDay = dct != null && lastDay.date().isAfter(dct) && DONE.anyIn(text, here.start(), here.end());
        if (doneBeforeLastDay) return leadDay != null && !leadDay.date().isAfter(dct) ? leadDay : dctAnchor();
        return background ? leadDay : lastDay;
    }

    Anchor dctAnchor() {
        return dct == null ? null : Anchor.day(dct);
    }

    /**
     * The previous expression's anchor when it has this granularity and only a list separator (",", "dan",
     * "atau", "hingga", "-") stands between it and this position: "April, Mei, dan Juni".
     */
    Anchor listedAfter(int pos, Grain grain) {
        if (last == null || last.anchor() == null || last.anchor().grain() != grain || last.end() > pos || !maySeparate(last.end(), pos)) return null;
        String between = text.substring(last.end(), pos).trim().toLowerCase(Locale.ROOT);
        return LIST_SEPARATOR.matcher(between).matches() ? last.anchor() : null;
    }

    /**
     * Whether {@code text[from, to)} holds only what a {@link #LIST_SEPARATOR} can be made of (after trimming and lower-casing):
     * white space and control chars, ',', '-', '–' and at most six ASCII letters ("sampai"). Told before the copy, so a
     * stretch of prose between two expressions is given up at its seventh letter.
     */
    private boolean maySeparate(int from, int to) {
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                if (++letters > 6) return false;
            } else if (c > ' ' && c != ',' && c != '-' && c != '–') {
                return false;
            }
        }
        return true;
    }

    /** Where {@link #wordBefore} last looked, and the word it found: the rules and the pass ask it of one place in turn. */
    private int wordBeforeAt = -1;
    private String wordBeforeThere;

    /** The lower-cased word just before a position, or "" at the start of the text. */
    String wordBefore(int pos) {
        if (pos != wordBeforeAt) {
            int end = pos;
            while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) end--;
            int start = end;
            while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '$')) start--;
            wordBeforeThere = text.substring(start, end).toLowerCase(Locale.ROOT);
            wordBeforeAt = pos;
        }
        return wordBeforeThere;
    }

    /**
     * Whether a capitalised word stands right before a position, past spaces only, and is not its sentence's first
     * word: a name the position's word belongs to ("Audi Q3"), where "Pada Q3" opens a sentence.
     */
    boolean afterName(int pos) {
        int end = pos;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) start--;
        if (start == end || !Character.isUpperCase(text.charAt(start))) return false;
        int before = start;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) before--;
        return before > 0 && ".!?\"“”(".indexOf(text.charAt(before - 1)) < 0;
    }

    Span sentence(int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span sp = sentences.get(mid).span();
            if (pos < sp.start()) hi = mid - 1;
            else if (pos >= sp.end()) lo = mid + 1;
            else return sp;
        }
        return new Span(Math.max(0, pos - 200), Math.min(text.length(), pos + 200));
    }

    /** Whether the sentence speaks of the future before this position ("akan digelar pada Juni"), and not "sejak". */
    boolean future(int pos) {
        if (wordBefore(pos).equals("sejak") || wordBefore(pos).equals("since")) return false;
        // A cue inside a quotation that closes before this position speaks of the quote's future, not the report's.
        int start = sentence(pos).start();
        int cue = FUTURE.lastEnd(text, start, pos);
        int appeal = APPEAL.lastEnd(text, start, pos);
        if (appeal >= 0 && APPEAL_CONTENT.lastEnd(text, appeal, pos) >= 0) cue = Math.max(cue, appeal);
        if (holdsPaling(start, pos)) for (Matcher p = FUTURE_PHRASE.matcher(text).region(start, pos); p.find(); ) cue = Math.max(cue, p.end());
        return cue >= 0 && !QUOTE_MARK.matcher(text).region(cue, pos).find();
    }

    /**
     * Whether {@code text[from, to)} holds "paling" in any ASCII case, which {@link #FUTURE_PHRASE} needs: most sentences
     * do not, and are spared the pattern tried at each of their chars.
     */
    private boolean holdsPaling(int from, int to) {
        for (int i = from; i + 6 <= to; i++) if ((text.charAt(i) | 0x20) == 'p' && text.regionMatches(true, i, "paling", 0, 6)) return true;
        return false;
    }

    /** Whether the sentence, before this position, is a forecast (a cue outside a quotation). */
    boolean predicted(int pos) {
        int cue = PREDICTION.lastEnd(text, sentence(pos).start(), pos);
        return cue >= 0 && !QUOTE_MARK.matcher(text).region(cue, pos).find();
    }

    /** Whether the sentence, before this position, speaks of what usually happens ("biasanya", "setiap", "kalau"). */
    boolean habitual(int pos) {
        int start = sentence(pos).start();
        // "dua kali sehari, yakni pagi dan sore hari": a recurrence earlier in the sentence.
        return HABITUAL.anyIn(text, start, pos) || last != null && last.type() == TimexType.SET && last.start() >= start;
    }

    /** Whether the sentence, before this position, speaks of what usually happens, without "kalau" or "jika". */
    boolean generic(int pos) {
        return GENERIC.anyIn(text, sentence(pos).start(), pos);
    }

    /**
     * The year of a story told in the past: "... pada Juni 1998. Mahasiswa menduduki gedung DPR sejak 18 Mei"
     * goes on in 1998 when the expression just before, ending the previous sentence, was a month or day with its year.
     */
    Integer storyYear(int pos) {
        if (last == null || last.sentenceYear() == null || last.anchor() == null
                || last.anchor().grain() != Grain.MONTH && last.anchor().grain() != Grain.DAY) return null;
        Span here = sentence(pos);
        if (last.end() > here.start()) return null;
        // "tertinggi sejak Oktober 2005": a point of comparison, not the time the story is told in; nor does it
        // carry into a sentence that names its own year or speaks of the future ("dimulai 9 Agustus dan
        // dijadwalkan berakhir pada Mei 2025").
        String bound = wordBefore(last.start());
        if (bound.equals("sejak") || bound.equals("since") || future(here.end())
                || YEAR_WORD.matcher(text).region(pos, here.end()).find()) return null;
        // Only closing marks may follow it in its sentence; an expression that runs past its sentence's end
        // (the splitter broke inside it) has nothing after it there.
        Span before = sentence(last.start());
        int end = Math.max(last.end(), Math.min(before.end(), here.start()));
        return text.substring(last.end(), end).matches("[\\s.)\"”]*") ? last.sentenceYear() : null;
    }

    /** The year an earlier expression of the same sentence stated outright, if any. */
    Integer yearInSentence(int pos) {
        // "'Tahun lalu pengunjung 40.000 orang,' kata panitia, Jumat (29/7)": a quotation's year stays in it.
        return year != null && yearAt >= sentence(pos).start() && yearAt < pos && !QUOTE_MARK.matcher(text).region(yearAt, pos).find() ? year : null;
    }

    /**
     * A day and month, with the year given or else from the sentence, else the one that puts the date
     * nearest the publication date; null for impossible dates.
     */
    LocalDate dayMonth(int d, int month, Integer y, int pos) {
        try {
            if (y != null) return LocalDate.of(y, month, d);
            Integer inSentence = yearInSentence(pos);
            if (inSentence != null) return LocalDate.of(inSentence, month, d);
            LocalDate base = dct != null ? dct : anchor != null ? anchor.date() : null;
            if (base == null) return null;
            LocalDate best = null;
            LocalDate lastPast = null;
            for (int dy = -1; dy <= 1; dy++) {
                if (month == 2 && d == 29 && !Year.isLeap(base.getYear() + dy)) continue;
                LocalDate c = LocalDate.of(base.getYear() + dy, month, d);
                if (!c.isAfter(base)) lastPast = c;
                if (best == null || Math.abs(ChronoUnit.DAYS.between(base, c)) < Math.abs(ChronoUnit.DAYS.between(base, best))) best = c;
            }
            // A day months ahead is meant only when the sentence speaks of the future: "sejak kasus pertama
            // diumumkan pada 2 Maret" in a page of November is the March before; "will be sworn in on Oct. 20" in
            // February is the coming one.
            boolean later = best.isAfter(base.plusMonths(2)) && lastPast != null;
            if (!later && !best.isBefore(base)) return best; // near publication and not before it: no need to ask
            boolean ahead = future(pos);
            if (later && !ahead) return lastPast;
            if (ahead && best.isBefore(base)) return best.plusYears(1);
            return best;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
