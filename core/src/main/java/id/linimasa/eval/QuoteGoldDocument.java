package id.linimasa.eval;

import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.text.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document of the quote gold set ({@code .qt}): the text as in {@link EventGoldDocument} ({@code @dct},
 * paragraphs, {@code @caption}), and after a paragraph or caption the quotes it holds, one a line:
 * <pre>
 *   &gt; direct per:retno_marsudi "first words of the quote"
 *   &gt; indirect org:kemlu "first words of the reported content"
 * </pre>
 * kind, the speaker's entity id ({@code -} when the text names no one) and the first words of the quote's
 * content, found in that line after the previous quote's words of the same line.
 */
public record QuoteGoldDocument(String name, PublicationTime created, String body, List<String> captions, List<Gold> gold) {

    /** One gold quote; {@code words} (its first words) points into the article's analysis text. */
    public record Gold(boolean direct, String speakerId, Span words, int line) {
    }

    private static final Pattern QUOTE = Pattern.compile("^>\\s+(direct|indirect)\\s+(\\S+)\\s+\"(.+)\"\\s*$");

    public Article article() {
        return GoldText.article(name, created, body, captions);
    }

    /** Reads a .qt file; a malformed line raises an IOException naming the line and what is wrong with it. */
    public static QuoteGoldDocument read(Path file) throws IOException {
        GoldText text = GoldText.read(Files.readAllLines(file, StandardCharsets.UTF_8), '>');
        List<Gold> gold = new ArrayList<>();
        GoldText.Cursor cursor = new GoldText.Cursor();
        for (GoldText.Note note : text.notes()) {
            Matcher m = QUOTE.matcher(note.line());
            if (!m.matches()) throw new IOException("line " + note.number() + ": expected > direct|indirect SPEAKER \"FIRST WORDS\"");
            gold.add(new Gold(m.group(1).equals("direct"), m.group(2).equals("-") ? null : m.group(2),
                    cursor.find(note, m.group(3), "quote words"), note.number()));
        }
        return new QuoteGoldDocument(file.getFileName().toString(), text.created(), text.body(), text.captions(), gold);
    }
}
