package id.linimasa.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Page-derived text is hostile input: pages full of script tags, event handlers and javascript: links are
 * ingested, every view that shows their text is opened in Chromium, and none of the payloads runs; the
 * payloads show up as the literal text they are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePageTest {

    @TempDir
    static Path tmp;

    private TestServer server;
    private Browser browser;

    private static final String TEXT_DUMP = """
            Varenia dan Talmora Teken Nota <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">

            Senin, 10 Maret 2025 - 10:00 WIB

            JAKARTA, contoh.com – Varenia dan Talmora menandatangani nota berbahaya <script>window.__pwned=3</script> di Jakarta pada Senin (10/3), disaksikan para pejabat kedua negara.

            Dokumen itu memuat <img src=x onerror=window.__pwned=4> dan <svg onload=window.__pwned=5></svg> serta <a href="javascript:window.__pwned=6">tautan</a> yang juga berbahaya bagi pembaca.

            Para pejabat juga menyebut <iframe src="javascript:window.__pwned=7"></iframe> sebagai lampiran yang tidak boleh dibuka oleh siapa pun.

            "Kami menandatangani <b onmouseover=window.__pwned=8>dokumen</b> yang berbahaya ini demi perdamaian kedua negara," kata Velkan.
            """;

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8">
            <title>Talmora Ancam Varenia &lt;script&gt;window.__pwned=9&lt;/script&gt;</title>
            <meta property="og:url" content="javascript:window.__pwned=10">
            <link rel="canonical" href="javascript:window.__pwned=11">
            <meta property="article:published_time" content="2025-03-11T09:00:00+07:00">
            </head><body>
            <nav><a href="javascript:window.__pwned=12">Beranda</a></nav>
            <article>
            <h1>Talmora Ancam Varenia &lt;img src=x onerror=window.__pwned=13&gt;</h1>
            <p>Selasa, 11 Maret 2025 - 09:00 WIB</p>
            <p>JAKARTA - Talmora mengancam Varenia dengan &lt;script&gt;window.__pwned=14&lt;/script&gt; kata-kata yang berbahaya pada Selasa (11/3), menurut para diplomat.</p>
            <p>Pernyataan itu memuat &lt;a href="javascript:window.__pwned=15"&gt;tautan berbahaya&lt;/a&gt; yang disebarkan ke media kedua negara sepanjang hari.</p>
            <p>Para pengamat menilai &lt;body onload=window.__pwned=16&gt; ancaman itu tidak akan berlanjut karena perundingan segera dimulai.</p>
            </article></body></html>
            """;

    @BeforeAll
    void start() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        Files.writeString(pages.resolve("berbahaya.txt"), TEXT_DUMP);
        Files.writeString(pages.resolve("berbahaya.html"), HTML);
        server = TestServer.of(pages, tmp.resolve("corpus"), StoryAnnotator::annotate);
        browser = new Browser(server.port());
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.close();
        server.close();
    }

    /** Nothing ran, no alert is open, and no element or link that could run code came out of the data. */
    private void assertNothingRan(String where) {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).as(where).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.script("return typeof window.__pwned")).as(where).isEqualTo("undefined");
        assertThat(browser.script("""
                return document.querySelectorAll('#view script, #view img, #view iframe, #view object, #view embed, #view b, '
                  + '#view [onerror], #view [onload], #view [onclick], #view [onmouseover], #view a[href^="javascript:"], '
                  + '#view [src]').length""")).as(where).isEqualTo(0L);
    }

    @Test
    void searchResultsShowPayloadsAsText() throws Exception {
        browser.open("#/search?q=berbahaya");
        browser.waitFor(".hit");
        assertThat(browser.all(".hit")).hasSize(2);
        String titles = String.join("\n", browser.all(".hit-title").stream().map(WebElement::getText).toList());
        assertThat(titles).contains("<script>");
        browser.screenshot("hostile-search");
        assertNothingRan("search");
    }

    @Test
    void articleViewsShowPayloadsAsText() throws Exception {
        browser.open("#/search?q=berbahaya");
        browser.waitFor(".hit");
        int hits = browser.all(".hit-title").size();
        boolean sawLiteralScript = false;
        for (int i = 0; i < hits; i++) {
            browser.open("#/search?q=berbahaya");
            browser.waitFor(".hit");
            browser.all(".hit-title").get(i).click();
            WebElement body = browser.waitFor(".article-body");
            sawLiteralScript |= body.getText().contains("<script>window.__pwned");
            Thread.sleep(300); // give anything that could run a moment to do so
            assertNothingRan("article " + i);
            for (WebElement a : browser.all("#view a")) assertThat(a.getDomAttribute("href")).doesNotStartWith("javascript");
        }
        assertThat(sawLiteralScript).as("the payload is shown as text").isTrue();
        browser.screenshot("hostile-article");
    }

    @Test
    void timelineEvidenceShowsPayloadsAsText() throws Exception {
        browser.open("#/timeline?entity=Varenia");
        browser.waitFor(".tl-mark");
        for (int i = 0; i < browser.all(".tl-mark").size(); i++) {
            browser.all(".tl-mark").get(i).click();
            browser.waitFor(".evidence .ev-item");
            Thread.sleep(300);
            assertNothingRan("timeline event " + i);
        }
        assertThat(browser.waitFor(".evidence").getText()).contains("window.__pwned");
        browser.screenshot("hostile-timeline");
    }

    @Test
    void storiesAndEntitiesViewsToo() throws Exception {
        browser.open("#/stories");
        browser.waitFor("table.stories tbody a").click();
        browser.waitFor("table.reports");
        assertNothingRan("story");
        browser.open("#/entity/loc%3Avarenia");
        browser.waitFor(".entity-name");
        Thread.sleep(300);
        assertNothingRan("entity");
    }
}
