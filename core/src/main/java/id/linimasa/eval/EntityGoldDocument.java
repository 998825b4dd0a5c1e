package id.linimasa.eval;

import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One document of the entity gold set ({@code .en}): the text as in {@link EventGoldDocument} ({@code @dct},
 * paragraphs, {@code @caption}), and anywhere after the text, one line per entity a careful reader marks:
 * <pre>
 *   = PER haris | La Ode Haris Mustafa | La Ode Haris | Haris
 * </pre>
 * its type, a key of the reader's own (entities are told apart by it, not by the system's ids), and every form the text
 * writes it in.
 */
public record EntityGoldDocument(String name, PublicationTime created, String body, List<String> captions, List<Gold> gold) {

    /** One gold entity: its type (PER, LOC, ORG), the reader's key and the forms the text writes it in. */
    public record Gold(String type, String key, List<String> forms) {
        public Gold {
            forms = List.copyOf(forms);
        }
    }

    private static final Pattern ENTITY = Pattern.compile("^=\\s+(PER|LOC|ORG)\\s+(\\S+)\\s*((?:\\|\\s*[^|]+?\\s*)+)$");

    public EntityGoldDocument {
        captions = List.copyOf(captions);
        gold = List.copyOf(gold);
    }

    public Article article() {
        return GoldText.article(name, created, body, captions);
    }

    /** Reads a .en file; a malformed gold line raises an IOException naming the line and what is wrong with it. */
    public static EntityGoldDocument read(Path file) throws IOException {
        GoldText text = GoldText.read(Files.readAllLines(file, StandardCharsets.UTF_8), '=');
        List<Gold> gold = new ArrayList<>();
        for (GoldText.Note note : text.notes()) {
            Matcher m = ENTITY.matcher(note.line());
            if (!m.matches()) throw new IOException("line " + note.number() + ": expected = PER|LOC|ORG KEY | FORM | FORM...");
            List<String> forms = new ArrayList<>();
            for (String form : m.group(3).split("\\|")) if (!form.isBlank()) forms.add(form.strip());
            gold.add(new Gold(m.group(1), m.group(2), forms));
        }
        return new EntityGoldDocument(file.getFileName().toString(), text.created(), text.body(), text.captions(), gold);
    }
}
