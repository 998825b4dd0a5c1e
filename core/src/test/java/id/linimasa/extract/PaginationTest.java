package id.linimasa.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Page numbers in addresses, and the pages of one article joined. */
class PaginationTest {

    @Test
    void pagesOfOneArticleShareAKeyAndTellTheirNumber() {
        String base = "https://www.wartaraya.co.id/read/2025/03/10/120500/jalur-sepeda";
        Pagination.Part first = Pagination.of(base);
        assertThat(first).isEqualTo(new Pagination.Part("wartaraya.co.id/read/2025/03/10/120500/jalur-sepeda", 1));
        assertThat(Pagination.of(base + "?page=2&utm_source=wa")).isEqualTo(new Pagination.Part(first.key(), 2));
        assertThat(Pagination.of("http://wartaraya.co.id/read/2025/03/10/120500/jalur-sepeda/?hal=3#komentar")).isEqualTo(new Pagination.Part(first.key(), 3));
        assertThat(Pagination.of(base + "/2")).isEqualTo(new Pagination.Part(first.key(), 2));
        assertThat(Pagination.of(base + "/page/4/")).isEqualTo(new Pagination.Part(first.key(), 4));
    }

    @Test
    void idsAndWholeArticleViewsAreNoPageNumbers() {
        // a numeric id ends many addresses; it names the article, not a page
        assertThat(Pagination.of("https://kabar.id/berita/4712345").number()).isEqualTo(1);
        assertThat(Pagination.of("https://kabar.id/berita/jalur-sepeda/4712345").number()).isEqualTo(1);
        assertThat(Pagination.of("https://kabar.id/berita/jalur-sepeda?page=all").key()).isNotEqualTo(Pagination.of("https://kabar.id/berita/jalur-sepeda").key());
        assertThat(Pagination.of("https://kabar.id/berita?id=7").key()).isNotEqualTo(Pagination.of("https://kabar.id/berita?id=8").key());
        assertThat(Pagination.of(null)).isNull();
        assertThat(Pagination.of("file:/tmp/a.html")).isNull();
    }

    @Test
    void joinedArticleReadsPageAfterPageWithARepeatedLeadOnce() {
        Article one = article("a1", "Paragraf pembuka yang diulang.\nParagraf kedua.", List.of("Foto satu."));
        Article two = article("a2", "Paragraf pembuka yang diulang.\nParagraf ketiga.", List.of("Foto dua."));
        Article joined = ArticleJoiner.join(List.of(one, two));
        assertThat(joined.id()).isEqualTo("a1");
        assertThat(joined.text()).isEqualTo("Paragraf pembuka yang diulang.\nParagraf kedua.\nParagraf ketiga.");
        assertThat(joined.captions()).containsExactly("Foto satu.", "Foto dua.");
    }

    private static Article article(String id, String text, List<String> captions) {
        return new Article(id, id + ".html", null, "Judul", PublicationTime.parse("2025-03-10T12:05+07:00"), null, List.of(), List.of(),
                null, null, "id", List.of(), captions, text);
    }
}
