package id.linimasa.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

    private static final String ONE = "https://kabar.example.id/read/88120/pasar-apung-dibuka";
    private static final String TWO = "https://kabar.example.id/read/88121/pasar-apung-dibuka-bagian-kedua";

    /** A page as extraction parses it: against its own address, none when read from a file. */
    private record Html(String head, String body) {
        Pagination.Part part(String url) {
            String html = "<html><head>" + head + "</head><body><p>Pasar apung di tepi sungai kembali dibuka pada Senin pagi.</p>" + body + "</body></html>";
            return Pagination.of(Jsoup.parse(html, url == null ? "" : url), url);
        }
    }

    private static Html html(String head, String body) {
        return new Html(head, body);
    }

    @Test
    void aPageWhoseAddressNamesNoPageIsNumberedByItsOwnPageLinks() {
        String key = Pagination.of(ONE).key();
        // a page 2 under its own slug: the pager's link to page 1 gives the article, its highlighted number the page
        Html pager = html("", "<div class=\"paging\"><a href=\"" + ONE + "\">1</a> <span class=\"active\">2</span></div>");
        assertThat(pager.part(TWO)).isEqualTo(new Pagination.Part(key, 2));
        // the same page read from a file without an address
        assertThat(pager.part(null)).isEqualTo(new Pagination.Part(key, 2));
        // a page 2 whose canonical link names page 1, with only a rel="prev" link
        assertThat(html("<link rel=\"prev\" href=\"" + ONE + "\">", "").part(ONE)).isEqualTo(new Pagination.Part(key, 2));
        // "Halaman 1" as the link text, the next page after a numbered previous one
        assertThat(html("", "<a href=\"" + ONE + "\">Halaman 1</a> <b class=\"current\">Halaman 3</b>").part(TWO)).isEqualTo(new Pagination.Part(key, 3));
        assertThat(html("<link rel=\"prev\" href=\"" + ONE + "?page=2\">", "").part(TWO)).isEqualTo(new Pagination.Part(key, 3));
    }

    @Test
    void pagesWithoutPageLinksOrWithAPreviousPostLinkAreTheirOwnFirstPage() {
        // WordPress links a post to the previous post with a titled rel="prev", other blogs without a title
        assertThat(html("<link rel='prev' title='Jembatan Gantung Diperbaiki' href='" + ONE + "'>", "").part(TWO)).isEqualTo(Pagination.of(TWO));
        assertThat(html("<link rel='prev' href='" + ONE + "'>", "").part(TWO)).isEqualTo(Pagination.of(TWO));
        // page 1 itself: a rel="next", its own number highlighted
        assertThat(html("<link rel=\"next\" href=\"" + TWO + "\">", "<span class=\"active\">1</span> <a href=\"" + TWO + "\">2</a>").part(ONE))
                .isEqualTo(Pagination.of(ONE));
        // a highlighted number with no link to another page (a slide counter) says nothing
        assertThat(html("", "<div><div class=\"slide\"><span class=\"active\">3</span></div></div><div><a href=\"" + TWO + "\">1</a></div>").part(ONE))
                .isEqualTo(Pagination.of(ONE));
        assertThat(html("", "").part(null)).isNull();
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
