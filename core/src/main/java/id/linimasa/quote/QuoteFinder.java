package id.linimasa.quote;

import id.linimasa.Analysis;
import id.linimasa.Layer;
import id.linimasa.Stage;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.Mention;
import id.linimasa.entity.Role;
import id.linimasa.text.Sentence;
import id.linimasa.text.Span;
import id.linimasa.text.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who said what. Direct quotes are the words between quotation marks (curly or straight; a quote
 * running over several paragraphs opens each one and closes only the last), attributed by a speech verb
 * after them ("...," kata X; "...," ujarnya) or before them (X mengatakan, "..."). Indirect quotes are
 * reported speech: "X mengatakan bahwa ...", "..., kata X kepada wartawan", "Menurut X, ...".
 * The speaker is the linked entity named there; "-nya" ("katanya") and "ia" point to the previous speaker.
 */
public final class QuoteFinder implements Stage {

    /** Verbs that attribute words after the quote: "...," kata Peskov. "-nya" forms refer to the last speaker. */
    private static final Pattern AFTER = Pattern.compile(
            "^[\\s,.]*(?:demikian\\s+)?(kata|ujar|ucap|tutur|tegas|jelas|imbuh|tambah|ungkap|papar|sebut|lanjut|terang|tandas|pungkas)(nya)?\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Verbs that introduce speech after them: X mengatakan, "..." / X mengatakan bahwa ... */
    // lower case as running text writes them, and factored by prefix: the regex engine tries them at every position
    private static final String SPEECH_VERBS = "me(?:ngatakan|nyatakan|negaskan|njelaskan|ngungkapkan|nyebutkan|nambahkan"
            + "|nuturkan|ngklaim|nilai|mperingatkan|nekankan|ngemukakan)|ber(?:kata|ujar)";
    /** Before quotation marks these verbs introduce words too; for reported speech they need "bahwa" ("menyampaikan bahwa"). */
    private static final String CONVEYING = "me(?:nyampaikan|nyerukan)";
    private static final Pattern BEFORE = Pattern.compile("\\b(" + SPEECH_VERBS + "|" + CONVEYING + ")\\b");
    /**
     * "X mengatakan(, kepada wartawan) bahwa ...", "X menegaskan pada Selasa (4/3) bahwa ...", "X memperingatkan Y bahwa
     * ...": the reported words start after the verb, what stands between it and a near "bahwa", and "bahwa".
     */
    private static final Pattern INDIRECT = Pattern.compile("\\b(?:(" + SPEECH_VERBS + ")[,:]?\\s+(?:(?:[^.“”\"]{1,50}?\\s+)?bahwa\\s+)?"
            + "|(" + CONVEYING + ")\\s+(?:[^.“”\"]{1,50}?\\s+)?bahwa\\s+)");
    /** "Putin: “...”": a name and a colon right before the quotation marks. */
    private static final Pattern COLON = Pattern.compile(":\\s*$");
    private static final Pattern TRAILING = Pattern.compile(",\\s+(kata|ujar|ucap|tutur|tegas|jelas|imbuh|ungkap|menurut)(nya)?\\b");
    private static final Pattern MENURUT = Pattern.compile("^\\s*Menurut\\s+([^,]{2,80}),\\s*");
    private static final Set<String> PRONOUNS = Set.of("ia", "dia", "beliau");
    /** Words before a speech verb that leave it without a subject of its own. */
    private static final Set<String> ZERO_SUBJECT = Set.of("dan", "serta", "dengan", "sambil", "seraya", "lalu", "kemudian");
    /** How far before its verb a speaker's name may end ("Peskov, juru bicara Kremlin, mengatakan"). */
    private static final int SUBJECT_REACH = 40;
    /** The outlet-and-place lead a first sentence may still carry ("TEMPO.CO, Jakarta - "): not anyone's words. */
    private static final Pattern DATELINE = Pattern.compile("^[\\p{L}\\d.]+,\\s+[\\p{L}\\d. ]{1,30}?\\s+[-–—]\\s+");
    /** How far after a speech verb the speaker's name may stand ("kata juru bicara kementerian itu, X"). */
    private static final int NAME_REACH = 60;

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.QUOTES);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        Speakers speakers = new Speakers(analysis, text);
        List<Draft> drafts = new ArrayList<>(direct(speakers));
        indirect(analysis, speakers, drafts);
        drafts.sort(Comparator.comparingInt(d -> d.span.start()));
        List<Quote> out = new ArrayList<>();
        Draft previous = null;
        for (Draft d : drafts) {
            if (d.speaker == null && d.followsPrevious && previous != null) d.take(previous);
            if (d.speaker != null) previous = d;
            out.add(d.quote(text));
        }
        return analysis.withQuotes(out);
    }

    /** A quote being assembled: its words, and who said them once that is known. */
    private static final class Draft {
        final Span span;
        final boolean direct;
        Mention speaker;
        String speakerId;
        String role;
        boolean followsPrevious;

        Draft(Span span, boolean direct) {
            this.span = span;
            this.direct = direct;
        }

        void take(Draft other) {
            speaker = other.speaker;
            speakerId = other.speakerId;
            role = other.role;
        }

        Quote quote(String text) {
            return new Quote(span, span.of(text), direct, speaker == null ? null : speaker.span(),
                    speaker == null ? null : speaker.text(), speakerId, role);
        }
    }

    private List<Draft> direct(Speakers speakers) {
        String text = speakers.text;
        List<Draft> out = new ArrayList<>();
        int open = -1;
        boolean continued = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            if (open >= 0 && !startsWithOpening(text, lineStart, lineEnd)) {
                // an unclosed quote not carried on by the next paragraph ends with its own paragraph
                Draft d = attributed(speakers, open, Math.max(0, lineStart - 1), continued);
                if (d != null) out.add(d);
                open = -1;
            }
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (c != '“' && c != '”' && c != '"') continue;
                if (open >= 0 && c != '”' && i == firstNonSpace(text, lineStart, lineEnd)) {
                    continued = true; // the paragraph goes on with the same speaker's words
                    continue;
                }
                boolean opening = c == '“' || c == '"' && open < 0 && (i == lineStart || " (\t[".indexOf(text.charAt(i - 1)) >= 0);
                if (opening) {
                    if (open < 0) {
                        open = i + 1;
                        continued = false;
                    }
                    continue;
                }
                int from = open >= 0 ? open : lineStart; // a closing mark alone closes words from the paragraph start
                Draft d = attributed(speakers, from, i, continued);
                if (d != null) out.add(d);
                open = -1;
                continued = false;
            }
            lineStart = lineEnd + 1;
        }
        if (open >= 0) {
            Draft d = attributed(speakers, open, text.length(), continued);
            if (d != null) out.add(d);
        }
        return out;
    }

    private static boolean startsWithOpening(String text, int from, int to) {
        int i = firstNonSpace(text, from, to);
        return i < to && (text.charAt(i) == '“' || text.charAt(i) == '"');
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** The quote's words from {@code from} to the closing mark at {@code to}, with the speaker around them. */
    private Draft attributed(Speakers speakers, int from, int to, boolean continued) {
        String text = speakers.text;
        Span span = trim(text, from, to);
        if (span == null || span.end() - span.start() < 3) return null;
        Draft d = new Draft(span, true);
        int lineEnd = text.indexOf('\n', to);
        if (lineEnd < 0) lineEnd = text.length();
        int closeEnd = Math.min(to + 1, lineEnd);
        Matcher after = AFTER.matcher(text).region(closeEnd, lineEnd);
        int lineStart = text.lastIndexOf('\n', Math.max(0, from - 1)) + 1;
        if (after.find()) {
            if (after.group(2) != null) d.followsPrevious = true;
            else speakers.assign(d, after.end(), Math.min(lineEnd, after.end() + NAME_REACH));
        } else {
            // the last speech verb before the quote in its paragraph: X mengatakan, "..." or X mengatakan bahwa ... "..."
            Matcher before = BEFORE.matcher(text).region(lineStart, Math.max(lineStart, from - 1));
            int verb = -1;
            while (before.find()) verb = before.start();
            if (verb >= 0) speakers.assignBefore(d, lineStart, verb);
            else if (COLON.matcher(text).region(lineStart, Math.max(lineStart, from - 1)).find()) speakers.assignBefore(d, lineStart, from - 1);
            else d.followsPrevious = continued;
        }
        return d;
    }

    private void indirect(Analysis analysis, Speakers speakers, List<Draft> drafts) {
        String text = speakers.text;
        for (Sentence s : analysis.sentences()) {
            if (drafts.stream().anyMatch(d -> d.span.overlaps(s.span()))) continue;
            String sentence = s.span().of(text);
            int base = s.span().start();
            Matcher menurut = MENURUT.matcher(sentence);
            Matcher trailing = TRAILING.matcher(sentence);
            Matcher verb = INDIRECT.matcher(sentence);
            Draft d = null;
            if (menurut.lookingAt()) { // the pattern is anchored: found at the start or nowhere
                d = new Draft(trim(text, base + menurut.end(), s.span().end()), false);
                speakers.assign(d, base + menurut.start(1), base + menurut.end(1));
                if (d.speaker != null && d.speaker.type() != EntityType.PER) d.role = null; // "menurut laporan intelijen X"
            } else if (find(trailing, sentence, i -> sentence.charAt(i) == ',') && trailing.start() > 10) {
                d = new Draft(trim(text, base, base + trailing.start()), false);
                if (trailing.group(2) != null) d.followsPrevious = true;
                else speakers.assign(d, base + trailing.end(), Math.min(s.span().end(), base + trailing.end() + NAME_REACH));
            } else if (find(verb, sentence, i -> verbCanStart(sentence, i)) && verb.end() < sentence.length() - 10) {
                d = new Draft(trim(text, base + verb.end(), s.span().end()), false);
                speakers.assignBefore(d, base, base + verb.start());
                if (d.speaker == null && !d.followsPrevious) d = null; // "laporan menyebutkan": no one to quote
            }
            if (d != null && d.span != null) drafts.add(d);
        }
    }

    /**
     * {@code m.find()} on the whole of {@code s} for a pattern that can start only where {@code canStart} holds: the
     * pattern is tried there alone (the regex engine would try it at every character), with the text around in view.
     */
    private static boolean find(Matcher m, String s, IntPredicate canStart) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < s.length(); i++) {
            if (canStart.test(i) && m.region(i, s.length()).lookingAt()) return true;
        }
        return false;
    }

    /**
     * Where an {@link #INDIRECT} verb can start: "me..." or "ber..." not inside a word ("pemerintah"). The pattern's
     * {@code \b} decides; only an ASCII letter, digit or '_' before, which is sure to fail it, is told here.
     */
    private static boolean verbCanStart(String s, int i) {
        if (i > 0) {
            char c = s.charAt(i - 1);
            if (c == '_' || Tokenizer.isAsciiLetterOrDigit(c)) return false;
        }
        return s.startsWith("me", i) || s.startsWith("ber", i);
    }

    private static Span trim(String text, int from, int to) {
        int a = from, b = Math.min(to, text.length());
        while (a < b && (Character.isWhitespace(text.charAt(a)) || text.charAt(a) == '“' || text.charAt(a) == '"')) a++;
        while (b > a && (Character.isWhitespace(text.charAt(b - 1)) || ",.;”\"".indexOf(text.charAt(b - 1)) >= 0)) b--;
        Matcher lead = DATELINE.matcher(text).region(a, b);
        if (lead.lookingAt()) a = lead.end();
        return b > a ? new Span(a, b) : null;
    }

    /** The linked mentions of one article, for finding speakers and their roles. */
    private static final class Speakers {
        private final Analysis analysis;
        private final String text;
        private final List<Mention> mentions;

        Speakers(Analysis analysis, String text) {
            this.analysis = analysis;
            this.text = text;
            this.mentions = analysis.mentions().stream().sorted(Comparator.comparingInt(m -> m.span().start())).toList();
        }

        /** The first person named in [from, to), else the first name (an organisation, a state). */
        void assign(Draft d, int from, int to) {
            Mention first = null;
            for (Mention m : mentions) {
                if (m.span().start() < from) continue;
                if (m.span().start() >= to || pronounAt(from, m.span().start())) break;
                if (m.type() == EntityType.PER) {
                    set(d, m, from);
                    return;
                }
                if (first == null) first = m;
            }
            if (first != null) {
                set(d, first, from);
                return;
            }
            String pronoun = firstWord(from, to);
            if (PRONOUNS.contains(pronoun)) d.followsPrevious = true;
        }

        /**
         * The speaker before a speech verb at {@code verb}: the nearest name that is not a place, "ia" for the
         * last speaker, and the clause's first name when the verb has no subject of its own ("..., dan
         * mengemukakan", "membalas surat dengan mengatakan").
         */
        void assignBefore(Draft d, int from, int verb) {
            String before = text.substring(from, verb).trim();
            String last = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1).toLowerCase();
            if (PRONOUNS.contains(last)) {
                d.followsPrevious = true;
                return;
            }
            List<Mention> candidates = mentions.stream()
                    .filter(m -> m.span().start() >= from && m.span().end() <= verb && !afterPlacePreposition(m)).toList();
            if (candidates.isEmpty()) return;
            if (ZERO_SUBJECT.contains(last)) {
                set(d, candidates.stream().filter(m -> m.type() == EntityType.PER).findFirst().orElse(candidates.getFirst()), -1);
                return;
            }
            Mention nearest = candidates.getLast();
            if (verb - nearest.span().end() <= SUBJECT_REACH) set(d, nearest, -1);
        }

        private boolean afterPlacePreposition(Mention m) {
            String t = text;
            int i = m.span().start() - 1;
            while (i > 0 && t.charAt(i) == ' ') i--;
            if (i < 0) return false;
            int j = i;
            while (j > 0 && Character.isLetter(t.charAt(j - 1))) j--;
            String w = t.substring(j, i + 1).toLowerCase();
            return w.equals("di") || w.equals("ke") || w.equals("dari");
        }

        private void set(Draft d, Mention m, int verbEnd) {
            d.speaker = m;
            d.speakerId = m.entityId() != null ? m.entityId() : resolvePartial(m.text());
            d.role = role(d.speakerId, m, verbEnd);
        }

        /** A name the linker left open ("Choe") taken as the article's entity whose name ends or starts with it. */
        private String resolvePartial(String name) {
            String n = name.toLowerCase();
            for (Entity e : analysis.entities()) {
                if (e.type() != EntityType.PER) continue;
                String full = e.name().toLowerCase();
                if (full.endsWith(" " + n) || full.startsWith(n + " ")) return e.id();
            }
            return null;
        }

        /** The role as the attribution words give it ("kata juru bicara Kremlin X"), else the article's role nearest before. */
        private String role(String id, Mention m, int verbEnd) {
            if (verbEnd >= 0 && m.span().start() > verbEnd) {
                String between = text.substring(verbEnd, m.span().start()).trim();
                if (between.length() > 2 && !between.contains(",") && between.split("\\s+").length <= 6) return between;
            }
            Entity e = id == null ? null : analysis.entity(id);
            if (e == null || e.roles().isEmpty()) return null;
            Role best = null;
            for (Role r : e.roles()) {
                if (best == null || r.span().start() <= m.span().start() && r.span().start() > best.span().start()) best = r;
            }
            return best.title();
        }

        private boolean pronounAt(int from, int to) {
            return PRONOUNS.contains(firstWord(from, to));
        }

        private String firstWord(int from, int to) {
            String s = text.substring(from, Math.max(from, to)).trim();
            int sp = s.indexOf(' ');
            return (sp < 0 ? s : s.substring(0, sp)).toLowerCase();
        }
    }
}
