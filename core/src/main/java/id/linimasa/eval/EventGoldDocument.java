package id.linimasa.eval;

import id.linimasa.event.EventStatus;
import id.linimasa.event.Plover;
import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.text.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document of the event gold set ({@code .ev}): its publication time, body paragraphs and captions, and
 * the events a careful reader codes from it. The format, one item a line:
 * <pre>
 *   # comment
 *   &#64;dct 2024-06-20T08:30+07:00
 *   A body paragraph (one line, any number of sentences).
 *   = AGREE sign RUS>PRK 2024-06-19 ASSERTED "menandatangani"
 *   &#64;caption A photo caption.
 *   = CONSULT meet IDN>UKR 2025-03-04 ASSERTED "Prabowo Subianto"
 * </pre>
 * An {@code =} line codes an event of the paragraph or caption above it: type, mode, sources&gt;targets
 * (comma-separated entity ids, {@code -} for none), date ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}
 * or {@code -} for undated), status, and the trigger words in quotes, found in that line after the previous
 * trigger of the same line.
 */
public record EventGoldDocument(String name, PublicationTime created, String body, List<String> captions, List<Gold> gold) {

    /** One gold event; {@code trigger} points into the article's analysis text. */
    public record Gold(Plover type, String mode, List<String> sources, List<String> targets, String date,
                       EventStatus status, Span trigger) {
    }

    private static final Pattern EVENT = Pattern.compile(
            "^=\\s+(\\S+)\\s+(\\S+)\\s+(\\S*)>(\\S*)\\s+(\\S+)\\s+(\\S+)\\s+\"([^\"]+)\"\\s*$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");

    public Article article() {
        return new Article(name, name, null, null, created, null, List.of(), List.of(), null, null, "id",
                List.of(), captions, body);
    }

    /** Reads an .ev file; a malformed line raises an IOException naming the line and what is wrong with it. */
    public static EventGoldDocument read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        PublicationTime created = null;
        List<String> paragraphs = new ArrayList<>(), captions = new ArrayList<>();
        // trigger offsets are first taken within their line; body offsets are final, caption ones wait for the body
        List<Gold> local = new ArrayList<>();
        List<Boolean> inCaption = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        String current = null;
        boolean currentCaption = false;
        int searchFrom = 0;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("@dct ")) {
                try {
                    created = PublicationTime.parse(line.substring(5).strip());
                } catch (RuntimeException e) {
                    throw new IOException("line " + n + ": \"" + line.substring(5).strip() + "\" is not an ISO date-time");
                }
            } else if (line.startsWith("@caption ")) {
                current = line.substring(9).strip();
                captions.add(current);
                currentCaption = true;
                searchFrom = 0;
            } else if (line.startsWith("=")) {
                if (current == null) throw new IOException("line " + n + ": an event before any text");
                Matcher m = EVENT.matcher(line);
                if (!m.matches()) throw new IOException("line " + n + ": expected = TYPE MODE SOURCES>TARGETS DATE STATUS \"TRIGGER\"");
                int at = current.indexOf(m.group(7), searchFrom);
                if (at < 0) throw new IOException("line " + n + ": trigger \"" + m.group(7) + "\" not found in the text above");
                searchFrom = at + m.group(7).length();
                int base = currentCaption ? lastStart(captions) : lastStart(paragraphs);
                local.add(new Gold(enumValue(Plover.class, m.group(1), n), none(m.group(2)), ids(m.group(3)), ids(m.group(4)),
                        date(m.group(5), n), enumValue(EventStatus.class, m.group(6), n), new Span(base + at, base + searchFrom)));
                inCaption.add(currentCaption);
                lineOf.add(n);
            } else if (line.startsWith("@")) {
                throw new IOException("line " + n + ": unknown directive " + line.split("\\s")[0]);
            } else {
                if (!captions.isEmpty()) throw new IOException("line " + n + ": body text after a caption");
                paragraphs.add(line);
                current = line;
                currentCaption = false;
                searchFrom = 0;
            }
        }
        if (created == null) throw new IOException("no @dct line");
        String body = String.join("\n", paragraphs);
        int captionStart = body.length() + Article.CAPTION_SEPARATOR.length();
        List<Gold> gold = new ArrayList<>();
        for (int i = 0; i < local.size(); i++) {
            Gold g = local.get(i);
            int shift = inCaption.get(i) ? captionStart : 0;
            gold.add(new Gold(g.type(), g.mode(), g.sources(), g.targets(), g.date(), g.status(),
                    new Span(g.trigger().start() + shift, g.trigger().end() + shift)));
        }
        return new EventGoldDocument(file.getFileName().toString(), created, body, captions, gold);
    }

    /** Where the last line starts when the lines are joined by '\n' (the body's paragraphs, or the captions). */
    private static int lastStart(List<String> lines) {
        int at = 0;
        for (int i = 0; i < lines.size() - 1; i++) at += lines.get(i).length() + 1;
        return at;
    }

    private static String none(String s) {
        return s.equals("-") ? null : s;
    }

    private static List<String> ids(String s) {
        return s.isEmpty() || s.equals("-") ? List.of() : Arrays.stream(s.split(",")).map(String::strip).toList();
    }

    private static String date(String s, int n) throws IOException {
        if (s.equals("-")) return null;
        if (!DATE.matcher(s).matches()) throw new IOException("line " + n + ": date \"" + s + "\" is not YYYY, YYYY-MM, YYYY-MM-DD or -");
        return s;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String s, int n) throws IOException {
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw new IOException("line " + n + ": \"" + s + "\" is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
