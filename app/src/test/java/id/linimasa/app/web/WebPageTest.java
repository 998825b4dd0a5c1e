package id.linimasa.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The web page in real headless Chromium over the example corpus: search, timeline, evidence, language. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPageTest {

    private TestServer server;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        server = TestServer.examples();
        browser = new Browser(server.port());
    }

    @AfterAll
    void stop() throws Exception {
        if (browser != null) browser.close();
        server.close();
    }

    @BeforeEach
    void indonesianFirst() {
        browser.open("#/");
        browser.script("localStorage.clear();");
        browser.open("#/");
        browser.driver().navigate().refresh();
        browser.waitFor("ul.stats");
    }

    @Test
    void searchShowsHitsWithMarkedWordsAndFacetsThatNarrow() throws Exception {
        browser.open("#/search");
        WebElement q = browser.waitFor("#search-q");
        q.sendKeys("nelayan", Keys.ENTER);
        browser.waitFor(".hit");
        assertThat(browser.all(".hit")).isNotEmpty();
        List<WebElement> marks = browser.all(".snippet mark.m-hit");
        assertThat(marks).isNotEmpty();
        assertThat(marks.getFirst().getText().toLowerCase()).contains("nelayan");
        assertThat(browser.all(".facet-outlet li")).isNotEmpty();
        String total = browser.waitFor(".total").getText();
        browser.screenshot("search");

        WebElement firstOutlet = browser.all(".facet-outlet li a").getFirst();
        String outlet = firstOutlet.getText();
        firstOutlet.click();
        browser.waitFor("#search-outlet");
        assertThat(browser.waitFor("#search-outlet").getDomProperty("value")).isEqualTo(outlet);
        browser.waitFor(".hit");
        for (WebElement meta : browser.all(".hit .meta")) assertThat(meta.getText()).startsWith(outlet);
        assertThat(browser.waitFor(".total").getText()).isNotEqualTo(total);
    }

    @Test
    void timelineClickAnEventToSeeItsEvidence() throws Exception {
        browser.open("#/timeline?entity=Varenia&entity=Talmora");
        browser.waitFor(".tl-mark");
        List<WebElement> marks = browser.all(".tl-mark");
        assertThat(marks).hasSizeGreaterThan(3);
        assertThat(browser.all(".lane-label")).isNotEmpty();
        browser.screenshot("timeline");

        marks.get(marks.size() / 2).click();
        browser.waitFor(".evidence .ev-item");
        List<WebElement> items = browser.all(".evidence .ev-item");
        assertThat(items).isNotEmpty();
        for (WebElement item : items) {
            assertThat(item.findElement(By.cssSelector(".ev-outlet")).getText()).isNotBlank();
            assertThat(item.findElement(By.cssSelector(".ev-published")).getText()).matches(".*\\d{4}.*");
        }
        assertThat(browser.all(".evidence .ev-outlet:not(.unknown)")).as("outlets named by the pages are shown").isNotEmpty();
        browser.waitFor(".ev-sentence .context mark.m-hl");
        assertThat(browser.all(".tl-mark.selected")).hasSize(1);
        assertThat(browser.all(".event-list li.selected")).hasSize(1);
        browser.screenshot("timeline-evidence");

        items.getFirst().findElement(By.cssSelector(".ev-open")).click();
        WebElement highlighted = browser.waitFor(".article-body mark.m-hl");
        assertThat(highlighted.getText()).isNotBlank();
        browser.screenshot("article-evidence");
    }

    @Test
    void timelineZoomsFromDecadesToDays() {
        browser.open("#/timeline?entity=Varenia");
        browser.waitFor(".tl-mark");
        browser.waitFor(".zoom-decades").click();
        assertThat(browser.waitFor(".tl-svg").getDomAttribute("data-unit")).isIn("decade", "year");
        browser.waitFor(".zoom-days").click();
        assertThat(browser.waitFor(".tl-svg").getDomAttribute("data-unit")).isEqualTo("day");
        browser.waitFor(".zoom-fit").click();
        assertThat(browser.all(".tl-mark")).isNotEmpty();
    }

    @Test
    void switchingLanguageChangesTheInterfaceNotTheData() throws Exception {
        browser.open("#/search?q=Kerrow");
        browser.waitFor(".hit");
        assertThat(browser.waitFor("#nav-search").getText()).isEqualTo("Cari");
        assertThat(browser.waitFor("#search-go").getText()).isEqualTo("Cari");
        String title = browser.waitFor(".hit-title").getText();

        browser.waitFor("#lang-en").click();
        browser.waitForText("#nav-search", "Search");
        browser.waitForText("#search-go", "Search");
        assertThat(browser.waitFor(".total").getText()).contains("articles found");
        assertThat(browser.waitFor(".hit-title").getText()).isEqualTo(title);
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        browser.screenshot("search-en");

        browser.driver().navigate().refresh();
        browser.waitForText("#nav-search", "Search");
        browser.waitFor("#lang-id").click();
        browser.waitForText("#nav-timeline", "Linimasa");
    }

    @Test
    void articleViewHighlightsEntitiesDatesAndQuotes() throws Exception {
        browser.open("#/search?q=Kerrow");
        browser.waitFor(".hit-title").click();
        browser.waitFor(".article-body");
        assertThat(browser.all(".article-body mark.m-ent")).isNotEmpty();
        assertThat(browser.all(".article-body mark.m-timex")).isNotEmpty();
        assertThat(browser.all(".article-body mark.m-quote")).isNotEmpty();
        assertThat(browser.all(".analysis .entities li")).isNotEmpty();
        browser.screenshot("article");

        browser.all(".analysis .entities li a").stream().filter(a -> a.getText().equals("Talmora")).findFirst().orElseThrow().click();
        browser.waitFor(".entity-name");
        browser.waitFor(".tl-mark");
        browser.screenshot("entity");
    }

    @Test
    void storyPageListsItsCoverage() throws Exception {
        browser.open("#/stories");
        browser.waitFor("table.stories tbody a").click();
        browser.waitFor("table.reports tr");
        assertThat(browser.all("table.reports tr")).isNotEmpty();
        browser.screenshot("story");
    }
}
