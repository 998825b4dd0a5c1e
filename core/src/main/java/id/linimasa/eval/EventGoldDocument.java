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
        return GoldText.article(name, created, body, captions);
    }

    /** Reads an .ev file; a malformed line raises an IOException naming the line and what is wrong with it. */
    public static EventGoldDocument read(Path file) throws IOException {
        GoldText text = GoldText.read(Files.readAllLines(file, StandardCharsets.UTF_8), '=');
        List<Gold> gold = new ArrayList<>();
        GoldText.Cursor cursor = new GoldText.Cursor();
        for (GoldText.Note note : text.notes()) {
            int n = note.number();
            Matcher m = EVENT.matcher(note.line());
            if (!m.matches()) throw new IOException("line " + n + ": expected = TYPE MODE SOURCES>TARGETS DATE STATUS \"TRIGGER\"");
            Span trigger = cursor.find(note, m.group(7), "trigger");
            gold.add(new Gold(enumValue(Plover.class, m.group(1), n), none(m.group(2)), ids(m.group(3)), ids(m.group(4)),
                    date(m.group(5), n), enumValue(EventStatus.class, m.group(6), n), trigger));
        }
        return new EventGoldDocument(file.getFileName().toString(), text.created(), text.body(), text.captions(), gold);
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
