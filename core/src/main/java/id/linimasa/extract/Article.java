package id.linimasa.extract;

import java.util.List;

/**
 * A clean article: the body without clutter and the metadata the page states. What the page does not
 * say is null (or an empty list), never guessed.
 *
 * @param id       stable id: the page's content hash, shortened
 * @param source   the path or identifier the page was read from
 * @param url      the page's address when known
 * @param text     body paragraphs joined by '\n'
 * @param captions photo captions, kept apart from the body
 * @param part     which page of a paginated article the page is, read where the page was parsed; null when not known
 * @param leadEnd  where the dateline and outlet opening the text end ("Palu, Tribunnews - " before "Pasukan ..."), read
 *                 with them ({@link LeadFinder}); 0 when the text opens on none. Names there say where and who reports,
 *                 not who acts.
 */
public record Article(
        String id,
        String source,
        String url,
        String title,
        PublicationTime published,
        PublicationTime modified,
        List<String> authors,
        List<String> editors,
        String outlet,
        String dateline,
        String language,
        List<String> credits,
        List<String> captions,
        String text,
        Pagination.Part part,
        int leadEnd) {

    public Article {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        credits = List.copyOf(credits);
        captions = List.copyOf(captions);
        text = text == null ? "" : text;
        if (leadEnd < 0 || leadEnd > text.length()) throw new IllegalArgumentException("lead end " + leadEnd + " outside the text");
    }

    /** An article whose lead is read from its text with no site known ({@link LeadFinder#end}). */
    public Article(String id, String source, String url, String title, PublicationTime published, PublicationTime modified,
                   List<String> authors, List<String> editors, String outlet, String dateline, String language,
                   List<String> credits, List<String> captions, String text, Pagination.Part part) {
        this(id, source, url, title, published, modified, authors, editors, outlet, dateline, language, credits, captions, text, part,
                text == null ? 0 : LeadFinder.end(text));
    }

    /** An article whose page part is not known (not read from a page, or built by hand), its lead read from its text. */
    public Article(String id, String source, String url, String title, PublicationTime published, PublicationTime modified,
                   List<String> authors, List<String> editors, String outlet, String dateline, String language,
                   List<String> credits, List<String> captions, String text) {
        this(id, source, url, title, published, modified, authors, editors, outlet, dateline, language, credits, captions, text, null);
    }

    /** Separates the body from the captions in {@link #analysisText()}. */
    public static final String CAPTION_SEPARATOR = "\n\n";

    /**
     * The text every span points into: the body, then each caption on its own line. Captions are
     * evidence too, and a span at or after {@link #captionStart()} is marked as coming from one.
     */
    public String analysisText() {
        if (captions.isEmpty()) return text;
        return text + CAPTION_SEPARATOR + String.join("\n", captions);
    }

    public int captionStart() {
        return captions.isEmpty() ? Integer.MAX_VALUE : text.length() + CAPTION_SEPARATOR.length();
    }
}
