package id.linimasa.event;

import id.linimasa.Analysis;
import id.linimasa.event.Words.Word;
import id.linimasa.text.Sentence;
import id.linimasa.text.Span;
import id.linimasa.text.Tokenizer;
import id.linimasa.time.Timex;
import id.linimasa.time.TimexType;
import id.linimasa.text.WordSet;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an event from the time expressions of its article. In order: a date in the trigger's own clause
 * (not one that only marks a start, "sejak 2022", and none that another trigger stands closer to); the
 * date a report or citation in the same sentence gives ("kantor berita itu melaporkan pada Senin (3/3)"); the date
 * of the meeting a sentence refers back to ("dalam pertemuan itu"); the last date the text set before the
 * sentence. Never the publication date: an event the text does not date stays undated.
 */
final class EventDater {

    /** Words that make the date after them the date of a report, not of the event. */
    private static final Cue REPORTING = Cue.of("dikutip", "dilansir", "mengutip", "melansir",
            "melaporkan", "memberitakan", "kata", "ujar", "mengatakan", "menyatakan", "dilaporkan", "menurut");
    /** A clause that these open tells of another time than the sentence's ("setelah Kim berjanji..."). */
    private static final Cue OTHER_TIME = Cue.of("setelah", "sebelum", "sejak", "usai", "pasca", "sebelumnya", "semenjak");
    private static final int REPORT_REACH = 8;
    /** Opening a sentence that refers back to a meeting, these date it by that meeting ("Usai pertemuan, ..."). */
    static final Cue RIGHT_AFTER = Cue.of("usai", "seusai", "setelah", "sesudah", "selepas");
    /** A date after these marks where a state began, not when an act happened ("sejak 2022"). */
    private static final Cue SINCE = Cue.of("sejak", "semenjak");
    /** After the verb, these make it a state that lasts ("telah memperdalam hubungan sejak..."), not a dated act. */
    private static final Cue DURING = Cue.of("sejak", "semenjak", "selama");
    private static final int DURING_REACH = 6;
    /** How many words may open a sentence before a date that frames it ("Awal bulan Mei lalu"). */
    private static final int FRAME_REACH = 3;
    private static final Pattern ISO_WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    /** A date found for an event, with where it came from. */
    record Dated(EventDate date, boolean own) {
    }

    private final String text;
    private final List<Timex> dates;
    /** The dates that set the narrative's time: not those of reports or of starting points. */
    private final List<Timex> settingDates;
    /** Dates that open their sentence ("Pada 2024, ...", "Sehari kemudian, Selasa, 4 Maret 2025, ..."). */
    private final Set<Timex> framing = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Each date's calendar value ({@link #calendar}), worked out once. */
    private final Map<Timex, String> calendars = new IdentityHashMap<>();
    private Timex lastEventDate;

    EventDater(Analysis analysis, Words tokens) {
        this.text = tokens.text();
        for (Timex t : analysis.timexes()) {
            String value = t.type() == TimexType.DATE || t.type() == TimexType.TIME ? calendar(t.value()) : null;
            if (value != null) calendars.put(t, value);
        }
        this.dates = analysis.timexes().stream().filter(calendars::containsKey)
                .sorted((x, y) -> Integer.compare(x.span().start(), y.span().start())).toList();
        for (Sentence sentence : analysis.sentences()) {
            Span s = sentence.span();
            // the dates are in text order: only those from the first starting in the sentence to its end can be in it
            for (int k = firstStartingAt(s.start()); k < dates.size() && dates.get(k).span().start() <= s.end(); k++) {
                Timex t = dates.get(k);
                if (!s.contains(t.span())) continue;
                if (wordCount(tokens.in(new Span(s.start(), t.span().start()))) <= FRAME_REACH) framing.add(t);
            }
        }
        this.settingDates = dates.stream().filter(t -> {
            List<Word> around = tokens.lastIn(new Span(Math.max(0, t.span().start() - 80), t.span().start()), REPORT_REACH);
            return !precededBy(around, around.size(), REPORTING, REPORT_REACH)
                    && !precededBy(around, around.size(), SINCE, 2);
        }).toList();
    }

    /** The index of the first date starting at or after {@code offset} ({@link #dates} are in text order). */
    private int firstStartingAt(int offset) {
        int lo = 0, hi = dates.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (dates.get(mid).span().start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The words, punctuation not counted. */
    private static int wordCount(List<Word> words) {
        int n = 0;
        for (Word w : words) if (!w.punct()) n++;
        return n;
    }

    /** The calendar part of a TIMEX3 value ("2025-02-27T10:00" gives "2025-02-27"), or null. */
    static String calendar(String value) {
        if (value == null) return null;
        // the week's pattern tried only on a value with its 'W' where the pattern wants it
        Matcher w = value.length() >= 8 && value.charAt(5) == 'W' ? ISO_WEEK.matcher(value) : null;
        if (w != null && w.find()) {
            // a week ("awal minggu ini") is dated by the month its Thursday falls in
            LocalDate thursday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                    .with(DayOfWeek.THURSDAY);
            return thursday.toString().substring(0, 7);
        }
        // a year, then a month and a day when there, ending the value or before its time ("T"): the longest that does
        if (value.length() < 4 || !digit(value, 0) || !digit(value, 1) || !digit(value, 2) || !digit(value, 3)) return null;
        boolean month = dashPair(value, 4), day = month && dashPair(value, 7);
        if (day && datePartEnds(value, 10)) return value.substring(0, 10);
        if (month && datePartEnds(value, 7)) return value.substring(0, 7);
        return datePartEnds(value, 4) ? value.substring(0, 4) : null;
    }

    private static boolean digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9';
    }

    /** "-" and two digits at {@code i}. */
    private static boolean dashPair(String s, int i) {
        return s.length() >= i + 3 && s.charAt(i) == '-' && digit(s, i + 1) && digit(s, i + 2);
    }

    /** The value's time ("T") or its end at {@code i}: the end as {@code $} reads it, a last line break too. */
    private static boolean datePartEnds(String s, int i) {
        int rest = s.length() - i;
        if (rest == 0) return true;
        char c = s.charAt(i);
        return c == 'T' || rest == 1 && Tokenizer.isLineTerminator(c)
                || rest == 2 && c == '\r' && s.charAt(i + 1) == '\n';
    }

    /**
     * @param words      the sentence's words
     * @param region     the word range [from, to) the trigger's own date may come from
     * @param trigger    the trigger's first and last word index
     * @param others     word indices of the other triggers in the sentence
     * @param contextual whether the sentence's context may date it (not for quoted words or back-references)
     * @param anaphor    date of the meeting the sentence refers back to, or null
     */
    Dated date(List<Word> words, int from, int to, int trigger, int triggerEnd, List<Integer> others,
               boolean contextual, EventDate anaphor) {
        Timex best = null, report = null;
        int bestDistance = Integer.MAX_VALUE;
        int begin = words.isEmpty() ? 0 : words.getFirst().span().start(), end = words.isEmpty() ? 0 : words.getLast().span().end();
        for (Timex t : dates) {
            if (t.span().end() <= begin || t.span().start() >= end) continue; // another sentence's
            int i = wordAt(words, t.span());
            if (i < 0) continue;
            int distance = i < trigger ? trigger - i : i - triggerEnd;
            boolean reporting = precededBy(words, i, REPORTING, REPORT_REACH);
            if (reporting && !between(others, trigger, i)) {
                if (report == null) report = t;
                continue;
            }
            if (i < from || i >= to || precededBy(words, i, SINCE, 2) || inName(words, i, t) || inAside(words, i, trigger)) continue;
            if (between(others, trigger, i) || otherTimeBetween(words, trigger, t.span())) continue;
            // "Kedua pemimpin menyambut baik penandatanganan ... pada September lalu dan sepakat ...": in a sentence about
            // those who just met, a date before the trigger that follows another trigger is that act's
            if (anaphor != null && i < trigger && earlierTrigger(others, i)) continue;
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        boolean otherTime = precededBy(words, trigger, OTHER_TIME, trigger) || followedBy(words, triggerEnd, to, DURING);
        if (best != null) return new Dated(of(best, true), true);
        if (!contextual) return null;
        // a clause of another time ("sehari setelah X menjatuhkan sanksi") takes no date from its sentence's context
        // ("Usai pertemuan, kedua negara menandatangani ...": but right after the meeting the sentence refers back to)
        if (words.isEmpty() || otherTime && (anaphor == null || !RIGHT_AFTER.in(words.getFirst()))) return null;
        if (report != null && !otherTime) return new Dated(of(report, true), true);
        if (anaphor != null) return new Dated(new EventDate(anaphor.value(), anaphor.precision(), null), false);
        Timex last = lastBefore(words.getFirst().span().start());
        return last == null ? null : new Dated(of(last, false), false);
    }

    /** The date the sentence itself gives nearest word {@code at}, reports included; null when it gives none. */
    EventDate ownDate(List<Word> words, int at) {
        if (words.isEmpty()) return null;
        int begin = words.getFirst().span().start(), end = words.getLast().span().end();
        Timex best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Timex t : dates) {
            if (t.span().end() <= begin || t.span().start() >= end) continue;
            int i = wordAt(words, t.span());
            if (i < 0 || precededBy(words, i, SINCE, 2)) continue;
            if (Math.abs(i - at) < bestDistance) {
                best = t;
                bestDistance = Math.abs(i - at);
            }
        }
        return best == null ? null : of(best, true);
    }

    private EventDate of(Timex t, boolean own) {
        String v = calendars.get(t);
        return new EventDate(v, Precision.ofValue(v), own ? t.span() : null);
    }

    /** Records the date of an event told as fact: the narrative's time until a later event or frame moves it. */
    void anchor(EventDate date) {
        if (date.timexSpan() == null) return;
        for (Timex t : dates) if (t.span().equals(date.timexSpan())) lastEventDate = t;
    }

    /**
     * The narrative's time at a position, within the same paragraph (or the one caption): the later of the
     * last event's own date and the last date that frames a sentence ("Pada 2024, ..."). Only those anchor
     * events: a date inside a phrase ("penahanan kapal delapan hari sebelumnya") tells when something else
     * happened, and a new paragraph may move to background that the story's date does not fit.
     */
    private Timex lastBefore(int at) {
        int from = text.lastIndexOf('\n', at - 1) + 1;
        Timex frame = null;
        for (Timex t : settingDates) {
            if (t.span().start() >= at) break;
            if (t.span().start() >= from && framing.contains(t)) frame = t;
        }
        Timex event = lastEventDate != null && lastEventDate.span().start() >= from && lastEventDate.span().start() < at ? lastEventDate : null;
        if (event == null) return frame;
        if (frame == null) return event;
        return frame.span().start() > event.span().start() ? frame : event;
    }

    private static final Set<String> NOT_NAMES = WordSet.of("pada", "tahun", "sejak", "semenjak", "hingga", "sampai", "awal", "akhir",
            "pertengahan", "di", "dalam", "selama", "medio", "periode", "musim");

    /** "Super Garuda Shield 2024", "Piala Dunia 2026": a bare year right after a capitalised word ends a name, dates nothing. */
    private boolean inName(List<Word> words, int i, Timex t) {
        // "Pada 2024, ..." opens a sentence; "Sejak 2019", "Tahun 2024" are dates whatever their case
        if (i < 2 || calendars.get(t).length() != 4 || t.span().end() - t.span().start() != 4) return false;
        Word before = words.get(i - 1);
        return !before.punct() && Character.isUpperCase(text.charAt(before.span().start())) && !NOT_NAMES.contains(before.lower());
    }

    /** "Hendarto, yang melarikan diri pada 2016, ditangkap ...": a date in a relative aside before the trigger is the aside's. */
    private static boolean inAside(List<Word> words, int i, int trigger) {
        if (i >= trigger) return false;
        int close = -1;
        for (int k = i + 1; k < trigger; k++) if (words.get(k).is(",")) { close = k; break; }
        if (close < 0) return false;
        for (int k = i - 1; k >= 0; k--) {
            if (words.get(k).is(",")) return k + 1 < i && words.get(k + 1).is("yang");
        }
        return false;
    }

    private static int wordAt(List<Word> words, Span span) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).span().start() >= span.start()) return words.get(i).span().start() < span.end() ? i : -1;
        }
        return -1;
    }

    private static boolean precededBy(List<Word> words, int i, Cue cues, int reach) {
        for (int k = i - 1; k >= 0 && i - k <= reach; k--) {
            if (cues.in(words.get(k))) return true;
        }
        return false;
    }

    /** A cue in the few words after the trigger, before its clause ends or another speaker's words begin. */
    private static boolean followedBy(List<Word> words, int i, int to, Cue cues) {
        for (int k = i + 1; k < to && k < words.size() && k <= i + DURING_REACH; k++) {
            Word w = words.get(k);
            if (w.is(",") || w.is(";") || REPORTING.in(w)) return false;
            if (cues.in(w)) return true;
        }
        return false;
    }

    /**
     * The date after word {@code after} that closes the sentence after a comma ("..., Senin (23/12/2024)."), or null:
     * such a date is the main clause's, not that of a clause told before it.
     */
    Dated closingDate(List<Word> words, int after) {
        if (words.isEmpty()) return null;
        int begin = words.getFirst().span().start(), end = words.getLast().span().end();
        for (Timex t : dates) {
            if (t.span().end() <= begin || t.span().start() >= end) continue;
            int i = wordAt(words, t.span());
            if (i <= after || !words.get(i - 1).is(",")) continue;
            int k = i;
            while (k < words.size() && words.get(k).span().start() < t.span().end()) k++;
            while (k < words.size() && words.get(k).punct() && !words.get(k).is(",")) k++;
            if (k == words.size()) return new Dated(of(t, true), true);
        }
        return null;
    }

    /** "tiba kemarin, sehari setelah Varenia membebaskan ...": a date before "setelah" is the main clause's. */
    private static boolean otherTimeBetween(List<Word> words, int trigger, Span timex) {
        for (int k = 0; k < trigger; k++) {
            if (words.get(k).span().start() >= timex.end() && OTHER_TIME.in(words.get(k))) return true;
        }
        return false;
    }

    private static boolean earlierTrigger(List<Integer> others, int timex) {
        for (int o : others) if (o < timex) return true;
        return false;
    }

    private static boolean between(List<Integer> others, int trigger, int timex) {
        int lo = Math.min(trigger, timex), hi = Math.max(trigger, timex);
        for (int o : others) if (o > lo && o < hi) return true;
        return false;
    }
}
