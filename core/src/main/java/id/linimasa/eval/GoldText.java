package id.linimasa.eval;

import id.linimasa.extract.Article;
import id.linimasa.extract.PublicationTime;
import id.linimasa.text.Span;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text part of the line-based gold formats ({@code .ev} events, {@code .qt} quotes): {@code #} comments,
 * {@code @dct} the publication time, one body paragraph a line, {@code @caption} lines after the body, and
 * gold lines (starting with the format's marker) kept with the paragraph or caption above them.
 */
record GoldText(PublicationTime created, String body, List<String> captions, List<Note> notes) {

    /**
     * One gold line: its number in the file, the line itself, the paragraph or caption above it and where that
     * starts in the article's analysis text.
     */
    record Note(int number, String line, String text, int start) {
    }

    /** Finds the words a gold line quotes in the text above it, each after the previous words of the same text. */
    static final class Cursor {
        private Note previous;
        private int searchFrom;

        /** The words' span in the analysis text; an IOException naming the gold line when they are not there. */
        Span find(Note note, String words, String what) throws IOException {
            if (previous == null || previous.start() != note.start()) searchFrom = 0;
            previous = note;
            int at = note.text().indexOf(words, searchFrom);
            if (at < 0) throw new IOException("line " + note.number() + ": " + what + " \"" + words + "\" not found in the text above");
            searchFrom = at + words.length();
            return new Span(note.start() + at, note.start() + searchFrom);
        }
    }

    static Article article(String name, PublicationTime created, String body, List<String> captions) {
        return new Article(name, name, null, null, created, null, List.of(), List.of(), null, null, "id",
                List.of(), captions, body);
    }

    /** Reads the lines of a gold file; a malformed text line raises an IOException naming the line and the fault. */
    static GoldText read(List<String> lines, char marker) throws IOException {
        PublicationTime created = null;
        List<String> paragraphs = new ArrayList<>(), captions = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        String current = null;
        boolean currentCaption = false;
        int bodyLength = -1, captionLength = -1;
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
                captionLength += current.length() + 1;
                captions.add(current);
                currentCaption = true;
            } else if (line.charAt(0) == marker) {
                if (current == null) throw new IOException("line " + n + ": a gold line before any text");
                // the body is whole before any caption (body text after one is refused), so a caption's place is known
                int start = currentCaption
                        ? Math.max(0, bodyLength) + Article.CAPTION_SEPARATOR.length() + captionLength - current.length()
                        : bodyLength - current.length();
                notes.add(new Note(n, line, current, start));
            } else if (line.startsWith("@")) {
                throw new IOException("line " + n + ": unknown directive " + line.split("\\s")[0]);
            } else {
                if (!captions.isEmpty()) throw new IOException("line " + n + ": body text after a caption");
                paragraphs.add(line);
                bodyLength += line.length() + 1;
                current = line;
                currentCaption = false;
            }
        }
        if (created == null) throw new IOException("no @dct line");
        return new GoldText(created, String.join("\n", paragraphs), captions, notes);
    }
}
