package id.linimasa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.linimasa.extract.Article;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.extract.PublicationTime;
import id.linimasa.extract.SiteTemplates;
import id.linimasa.extract.TemplateLearner;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.page.Page;
import id.linimasa.page.PageReadException;
import id.linimasa.page.PageReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the extractor over a benchmark folder ({@code html/<id>.html.gz} and {@code ground-truth.json}
 * mapping ids to {@code articleBody}, {@code url} and optionally {@code title} and {@code published}) and
 * scores it: shingle precision/recall/F1, exact titles, same-day publication dates, pages per second.
 */
public final class ExtractionEvaluation {

    /**
     * One page's scores; title and date are null where the gold has none. {@code dateExact} is stricter than
     * {@code dateOk}: the gold's time to the minute in the gold's zone (see {@link #exactTime}).
     */
    public record PageResult(String id, double precision, double recall, Boolean titleOk, Boolean dateOk, Boolean dateExact,
                             String body, String error) {
    }

    /** The whole run. Title and date accuracy are null when no gold page has a title or a date. */
    public record Report(int pages, double precision, double recall, double f1, Double titleAccuracy, Double dateAccuracy,
                         double pagesPerSecond, List<PageResult> perPage) {
    }

    private final ArticleExtractor extractor = new ArticleExtractor();

    public Report run(Path dir) throws IOException {
        return run(dir, false);
    }

    /**
     * With {@code learnTemplates}, a first pass learns each site's template from all the folder's pages (as an
     * ingest of them would) and the scored pass extracts with it; only the scored pass is timed.
     */
    public Report run(Path dir, boolean learnTemplates) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        SiteTemplates templates = learnTemplates ? learn(dir, gold) : SiteTemplates.NONE;
        PageReader reader = new PageReader();
        List<PageResult> results = new ArrayList<>();
        long nanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            JsonNode g = e.getValue();
            String url = text(g, "url");
            Page page;
            try {
                page = page(reader, dir, id, url);
            } catch (PageReadException ex) {
                results.add(score(id, g, null, ex.getMessage()));
                continue;
            }
            long t0 = System.nanoTime();
            Article a;
            String error = null;
            try {
                a = extractor.extract(page, templates, null);
            } catch (UnreadablePageException ex) {
                a = null;
                error = ex.getMessage();
            }
            nanos += System.nanoTime() - t0;
            results.add(score(id, g, a, error));
        }
        double p = 0;
        double r = 0;
        int titles = 0;
        int titlesOk = 0;
        int dates = 0;
        int datesOk = 0;
        for (PageResult pr : results) {
            p += pr.precision();
            r += pr.recall();
            if (pr.titleOk() != null) {
                titles++;
                if (pr.titleOk()) titlesOk++;
            }
            if (pr.dateOk() != null) {
                dates++;
                if (pr.dateOk()) datesOk++;
            }
        }
        int n = Math.max(1, results.size());
        p /= n;
        r /= n;
        return new Report(results.size(), p, r, ShingleMetric.f1(p, r), titles == 0 ? null : (double) titlesOk / titles,
                dates == 0 ? null : (double) datesOk / dates, nanos == 0 ? 0 : results.size() / (nanos / 1e9), results);
    }

    private SiteTemplates learn(Path dir, JsonNode gold) {
        TemplateLearner learner = new TemplateLearner();
        PageReader reader = new PageReader();
        for (Map.Entry<String, JsonNode> e : gold.properties()) {
            try {
                Page page = page(reader, dir, e.getKey(), text(e.getValue(), "url"));
                extractor.extract(page, SiteTemplates.NONE, learner);
            } catch (PageReadException | UnreadablePageException ex) {
                // the scored pass reports it
            }
        }
        return learner.templates();
    }

    private static Page page(PageReader reader, Path dir, String id, String url) throws PageReadException {
        Path file = dir.resolve("html").resolve(id + ".html.gz");
        if (!Files.exists(file)) file = dir.resolve("html").resolve(id + ".html");
        Page read = reader.read(file.toString(), file);
        return new Page(read.source(), url, read.bytes(), read.kind(), read.sha256());
    }

    private static PageResult score(String id, JsonNode g, Article a, String error) {
        String body = a == null ? "" : a.text();
        ShingleMetric.Score s = ShingleMetric.score(text(g, "articleBody"), body);
        String goldTitle = text(g, "title");
        Boolean titleOk = goldTitle == null ? null : a != null && a.title() != null && normalise(a.title()).equals(normalise(goldTitle));
        String goldDate = text(g, "published");
        PublicationTime want = PublicationTime.parse(goldDate);
        Boolean dateOk = goldDate == null ? null : a != null && sameDay(want, a.published());
        Boolean dateExact = goldDate == null ? null : a != null && exactTime(want, a.published());
        return new PageResult(id, s.precision(), s.recall(), titleOk, dateOk, dateExact, body, error);
    }

    /** Same calendar day in the page's (the gold's) zone; a date alone compares as a date. */
    static boolean sameDay(PublicationTime gold, PublicationTime got) {
        if (gold == null || got == null) return false;
        if (gold.offset() != null && got.offset() != null && got.time() != null) {
            OffsetDateTime o = OffsetDateTime.of(got.date(), got.time(), got.offset()).withOffsetSameInstant(gold.offset());
            return o.toLocalDate().equals(gold.date());
        }
        return gold.date().equals(got.date());
    }

    /**
     * The gold's day, and its time to the minute with the same offset (none when the gold has none: a page
     * printing no zone); a gold stating only a day is checked for the day.
     */
    public static boolean exactTime(PublicationTime gold, PublicationTime got) {
        if (gold == null || got == null || !gold.date().equals(got.date())) return false;
        return gold.time() == null || got.time() != null && Objects.equals(gold.offset(), got.offset())
                && gold.time().truncatedTo(ChronoUnit.MINUTES).equals(got.time().truncatedTo(ChronoUnit.MINUTES));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static String text(JsonNode g, String field) {
        JsonNode n = g.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

}
