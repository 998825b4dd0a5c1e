package id.linimasa.app.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

        JsonNode rows = server.http().json("/api/timeline?limit=500&entity=Varenia&entity=Talmora").get("items");
        Set<String> stories = new HashSet<>();
        for (JsonNode r : rows) stories.add(r.get("story").asText(""));
        assertThat(browser.all(".lane-label")).as("one lane per story").hasSize(stories.size());
        // a real time axis: a later day is further right; one colour per PLOVER type
        Map<String, String> fillByType = new HashMap<>();
        List<double[]> dayMarks = new ArrayList<>();
        for (WebElement m : marks) {
            WebElement shape = m.findElement(By.cssSelector("circle, rect"));
            String fill = shape.getDomAttribute("fill");
            assertThat(fillByType.computeIfAbsent(m.getDomAttribute("data-type"), k -> fill)).as("same type, same colour").isEqualTo(fill);
            String date = m.getDomAttribute("data-date");
            if (date.length() == 10) {
                String x = shape.getTagName().equals("circle") ? shape.getDomAttribute("cx") : shape.getDomAttribute("x");
                dayMarks.add(new double[]{LocalDate.parse(date).toEpochDay(), Double.parseDouble(x)});
            }
        }
        assertThat(new HashSet<>(fillByType.values())).as("different types, different colours").hasSize(fillByType.size());
        assertThat(dayMarks).hasSizeGreaterThan(1);
        for (double[] x : dayMarks) for (double[] y : dayMarks) if (x[0] < y[0]) assertThat(x[1]).isLessThan(y[1]);

        WebElement chosen = marks.get(marks.size() / 2);
        JsonNode row = rows.get(Integer.parseInt(chosen.getDomAttribute("data-index")));
        chosen.click();
        browser.waitFor(".evidence .ev-item");
        List<WebElement> items = browser.all(".evidence .ev-item");
        assertThat(items).as("every report of the event").hasSize(row.get("evidence").size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode ev = row.get("evidence").get(i);
            WebElement item = items.get(i);
            if (!ev.get("outlet").isNull()) assertThat(item.findElement(By.cssSelector(".ev-outlet")).getText()).isEqualTo(ev.get("outlet").asText());
            if (!ev.get("published").isNull()) {
                assertThat(item.findElement(By.cssSelector(".ev-published")).getText()).contains(ev.get("published").asText().substring(0, 4));
            }
        }
        String firstSentence = row.get("evidence").get(0).get("sentence").asText();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector(".ev-sentence .context mark.m-hl")).size() == items.size());
        assertThat(browser.all(".ev-sentence .context mark.m-hl").getFirst().getText()).as("the sentence, highlighted in its paragraph")
                .isEqualTo(firstSentence.strip());
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
    void aTimelineOfAnUnknownNameSaysSoAndKeepsTheFormToCorrectIt() throws Exception {
        browser.open("#/timeline?entity=Talmorra");
        String said = browser.waitFor("#tl-unknown").getText();
        assertThat(said).contains("Talmorra");
        assertThat(browser.all(".error")).as("not the page's generic failure").isEmpty();
        assertThat(browser.waitFor("#tl-entity-a").getDomProperty("value")).isEqualTo("Talmorra");
        browser.screenshot("timeline-unknown");
        browser.waitFor("#tl-entity-a").clear();
        browser.waitFor("#tl-entity-a").sendKeys("Talmora");
        browser.waitFor("#tl-go").click();
        browser.waitFor(".tl-mark");
        assertThat(browser.all("#tl-unknown")).isEmpty();
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
    void articleViewHighlightsEveryEntityDateAndQuoteTheAnalysisFound() throws Exception {
        JsonNode hit = server.http().json("/api/articles?q=Kerrow&limit=1").get("items").get(0);
        JsonNode a = server.http().json("/api/articles/" + hit.get("id").asText());
        assertThat(a.get("mentions")).isNotEmpty();
        assertThat(a.get("timexes")).isNotEmpty();
        assertThat(a.get("quotes")).isNotEmpty();
        browser.open("#/article/" + hit.get("id").asText());
        browser.waitFor(".article-body");
        String text = a.get("analysisText").asText();
        // every character of every span is marked, and nothing else (line breaks are not drawn)
        assertThat(markedLength("m-ent")).isEqualTo(coveredLength(text, a.get("mentions"), "span"));
        assertThat(markedLength("m-timex")).isEqualTo(coveredLength(text, a.get("timexes"), "span"));
        assertThat(markedLength("m-quote")).isEqualTo(coveredLength(text, a.get("quotes"), "span"));
        // a date mark names the date it resolves to; a quote mark names its speaker
        List<String> timexTitles = browser.all(".article-body mark.m-timex").stream().map(m -> m.getDomAttribute("title")).toList();
        for (JsonNode x : a.get("timexes")) assertThat(timexTitles).anySatisfy(title -> assertThat(title).contains(x.get("value").asText()));
        List<String> quoteTitles = browser.all(".article-body mark.m-quote").stream().map(m -> m.getDomAttribute("title")).toList();
        for (JsonNode q : a.get("quotes")) {
            if (!q.get("speaker").isNull()) assertThat(quoteTitles).anySatisfy(title -> assertThat(title).contains(q.get("speaker").asText()));
        }
        assertThat(browser.all(".analysis .entities li")).hasSize(a.get("entities").size());
        assertThat(browser.waitFor(".meta-outlet").getText()).isEqualTo(a.get("outlet").asText());
        browser.screenshot("article");

        // switching a kind off hides its marks' colour, not the text
        browser.waitFor("#show-entity").click();
        assertThat(browser.waitFor(".article-body").getDomAttribute("class")).contains("hide-entity");
    }

    @Test
    void entityPagesShowTheirTimelineRolesAndQuotes() throws Exception {
        JsonNode withRoles = null, quoted = null;
        for (JsonNode e : server.http().json("/api/entities?limit=200").get("items")) {
            JsonNode profile = server.http().json("/api/entities/" + e.get("id").asText());
            if (withRoles == null && !profile.get("roles").isEmpty()) withRoles = profile;
            if (quoted == null && profile.get("quoteCount").asInt() > 0) quoted = profile;
        }
        assertThat(withRoles).as("an entity the examples give a role").isNotNull();
        assertThat(quoted).as("an entity the examples quote").isNotNull();
        for (JsonNode profile : List.of(withRoles, quoted)) {
            String id = profile.get("entity").get("id").asText();
            JsonNode timeline = server.http().json("/api/timeline?limit=200&entity=" + id);
            browser.open("#/entity/" + id);
            assertThat(browser.waitFor(".entity-name").getText()).startsWith(profile.get("entity").get("name").asText());
            if (!profile.get("roles").isEmpty()) {
                List<String> roles = browser.all("table.roles tr").stream().map(WebElement::getText).toList();
                assertThat(roles).hasSize(profile.get("roles").size());
                for (JsonNode r : profile.get("roles")) assertThat(roles).anySatisfy(t -> assertThat(t).contains(r.get("role").get("title").asText()));
            }
            List<String> quotes = browser.all("ul.quotes li q").stream().map(WebElement::getText).toList();
            assertThat(quotes).hasSize(profile.get("quotes").size());
            for (JsonNode q : profile.get("quotes")) assertThat(quotes).contains(q.get("quote").get("text").asText());
            if (timeline.get("items").isEmpty()) {
                assertThat(browser.waitFor("p.empty").getText()).isNotBlank();
            } else {
                browser.waitFor(".tl-mark");
                assertThat(browser.all(".event-list li")).hasSize(timeline.get("items").size());
            }
            browser.screenshot(profile == quoted ? "entity-quoted" : "entity");
        }
    }

    @Test
    void storyPageShowsEachOutletWithItsDateAndWhatItAdded() throws Exception {
        JsonNode widest = null;
        for (JsonNode s : server.http().json("/api/stories?limit=200").get("items")) {
            if (widest == null || s.get("outlets").size() > widest.get("outlets").size()) widest = s;
        }
        String storyId = widest.get("id").asText();
        assertThat(widest.get("outlets").size()).as("a story several outlets covered").isGreaterThan(1);
        JsonNode story = server.http().json("/api/stories/" + storyId);
        browser.open("#/stories");
        // the list is drawn after its request returns: wait for the story's link rather than reading the table at once
        browser.waitFor("table.stories tbody a[href$='/" + storyId + "']").click();
        browser.waitFor("table.reports tr");
        String coverage = browser.waitFor(".story-coverage").getText();
        for (JsonNode o : story.get("summary").get("outlets")) assertThat(coverage).contains(o.asText());
        List<WebElement> rows = browser.all("table.reports tbody tr");
        assertThat(rows).hasSize(story.get("reports").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode r = story.get("reports").get(i);
            WebElement row = rows.get(i);
            assertThat(row.findElement(By.cssSelector(".outlet")).getText()).isEqualTo(r.get("outlet").asText(""));
            String published = r.get("published").asText("");
            String when = row.findElement(By.cssSelector(".when")).getText();
            if (!published.isEmpty()) {
                assertThat(when).contains(published.substring(0, 4));
                if (published.length() > 10) assertThat(when).contains(published.substring(11, 16));
            }
            String added = row.findElement(By.cssSelector(".added")).getText();
            if (!r.get("duplicateOf").isNull()) {
                assertThat(added).contains(r.get("duplicateOf").asText());
                continue;
            }
            for (JsonNode e : r.get("newEntities")) assertThat(added).contains(e.asText());
            for (JsonNode q : r.get("newQuotes")) assertThat(added).contains(q.asText());
            assertThat(row.findElements(By.cssSelector(".added .new-event"))).hasSize(r.get("newEvents").size());
        }
        assertThat(story.get("reports").get(0).get("newEntities")).as("the first report adds what it names").isNotEmpty();
        browser.screenshot("story");
    }

    /** Characters covered by marks of the class across the article's text and captions. */
    private long markedLength(String cls) {
        return ((Number) browser.script("return [...document.querySelectorAll('.article-body mark." + cls + "')]"
                + ".reduce((n, m) => n + m.textContent.length, 0)")).longValue();
    }

    /** Characters of the text the items' spans cover together, line breaks not counted. */
    private static long coveredLength(String text, JsonNode items, String field) {
        BitSet covered = new BitSet();
        for (JsonNode item : items) covered.set(item.get(field).get("start").asInt(), item.get(field).get("end").asInt());
        return covered.stream().filter(i -> i < text.length() && text.charAt(i) != '\n').count();
    }
}
