package id.linimasa.extract;

import id.linimasa.page.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pages that are not one plain article: home, section, tag and index pages, written for these tests. */
class PageKindsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    static Page resource(String name) throws IOException {
        try (InputStream in = PageKindsTest.class.getResourceAsStream("/pages/" + name)) {
            return new Page(name, null, in.readAllBytes(), name.endsWith(".txt") ? Page.Kind.TEXT : Page.Kind.HTML);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"home-teasers.html", "tag-page.html", "index-page.html", "section-flat.html", "home-dump.txt"})
    void pagesListingOtherStoriesHaveNoArticle(String name) throws IOException {
        Page page = resource(name);
        assertThatThrownBy(() -> extractor.extract(page)).isInstanceOf(UnreadablePageException.class).hasMessageStartingWith("no article found");
    }

    /** Linked subheadings, each over more than one paragraph: an article, not a list. */
    @Test
    void anArticleWithSubheadingsIsStillAnArticle() {
        StringBuilder html = new StringBuilder("<html><body><article><h1>Tiga Cara Kota Pesisir Menghadapi Rob</h1>");
        String[] heads = {"Tanggul laut", "Pompa air", "Rumah panggung"};
        for (String h : heads) {
            html.append("<h2><a href=\"/topik\">").append(h).append("</a></h2>")
                    .append("<p>Pemerintah kota menyiapkan langkah ").append(h.toLowerCase())
                    .append(" untuk mengurangi genangan yang setiap bulan merendam permukiman di tepi pantai utara.</p>")
                    .append("<p>Warga menilai langkah itu membantu, tetapi mereka meminta pekerjaan dipercepat sebelum musim hujan tiba tahun ini.</p>");
        }
        html.append("</article></body></html>");
        Article a = extractor.extract(new Page("a.html", null, html.toString().getBytes(StandardCharsets.UTF_8), Page.Kind.HTML));
        assertThat(a.text()).contains("langkah tanggul laut", "langkah rumah panggung", "musim hujan");
    }
}
