package id.linimasa.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pages of a paginated article, in page order, as one article: the first page's id and metadata (the
 * later pages' where the first lacks it), the bodies one after the other (a paragraph a later page repeats,
 * such as a lead shown on every page, once), captions and credits from all pages.
 */
public final class ArticleJoiner {

    private ArticleJoiner() {
    }

    public static Article join(List<Article> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("no parts to join");
        if (parts.size() == 1) return parts.get(0);
        Article first = parts.get(0);
        Set<String> paragraphs = new LinkedHashSet<>();
        Set<String> captions = new LinkedHashSet<>();
        Set<String> credits = new LinkedHashSet<>();
        String title = null;
        PublicationTime published = null;
        PublicationTime modified = null;
        List<String> authors = List.of();
        List<String> editors = List.of();
        String outlet = null;
        String dateline = null;
        String language = null;
        for (Article a : parts) {
            for (String p : a.text().split("\n")) if (!p.isBlank()) paragraphs.add(p);
            captions.addAll(a.captions());
            credits.addAll(a.credits());
            if (title == null) title = a.title();
            if (published == null) published = a.published();
            if (modified == null) modified = a.modified();
            if (authors.isEmpty()) authors = a.authors();
            if (editors.isEmpty()) editors = a.editors();
            if (outlet == null) outlet = a.outlet();
            if (dateline == null) dateline = a.dateline();
            if (language == null) language = a.language();
        }
        String text = String.join("\n", paragraphs);
        int leadEnd = text.startsWith(first.text().substring(0, first.leadEnd())) ? first.leadEnd() : 0;
        return new Article(first.id(), first.source(), first.url(), title, published, modified, authors, editors, outlet, dateline, language,
                new ArrayList<>(credits), new ArrayList<>(captions), text, first.part(), leadEnd);
    }
}
