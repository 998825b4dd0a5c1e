package id.linimasa.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads CoNLL-style BIO files: one token per line, the token first and the tag last (columns between are
 * ignored), a blank line between sentences, CRLF tolerated. Tag types are mapped onto {@link EntityType}:
 * PER/PERSON/PPL, LOC/LOCATION/PLACE/PLC/GPE, ORG/ORGANISATION/ORGANIZATION; every other type becomes O.
 */
public final class ConllReader {

    private ConllReader() {
    }

    public static List<NerSentence> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static List<NerSentence> parse(String content) {
        List<NerSentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        for (String raw : content.split("\n", -1)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("-DOCSTART-")) {
                flush(tokens, tags, out);
                continue;
            }
            String[] cols = line.split("\\s+");
            if (cols.length < 2) throw new IllegalArgumentException("line " + lineNo + " has no tag column: " + line);
            tokens.add(cols[0]);
            tags.add(mapTag(cols[cols.length - 1]));
        }
        flush(tokens, tags, out);
        return out;
    }

    /** "B-PERSON" to "B-PER", "I-GPE" to "I-LOC", "B-MISC" and "O" to "O". */
    public static String mapTag(String tag) {
        int dash = tag.indexOf('-');
        if (dash != 1) return "O";
        char prefix = Character.toUpperCase(tag.charAt(0));
        if (prefix != 'B' && prefix != 'I') return "O";
        EntityType type = mapType(tag.substring(2));
        return type == null ? "O" : prefix + "-" + type;
    }

    static EntityType mapType(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON", "PPL" -> EntityType.PER;
            case "LOC", "LOCATION", "PLACE", "PLC", "GPE" -> EntityType.LOC;
            case "ORG", "ORGANISATION", "ORGANIZATION" -> EntityType.ORG;
            default -> null;
        };
    }

    private static void flush(List<String> tokens, List<String> tags, List<NerSentence> out) {
        if (!tokens.isEmpty()) out.add(new NerSentence(tokens, tags));
        tokens.clear();
        tags.clear();
    }
}
