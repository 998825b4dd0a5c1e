package id.linimasa.extract;

import id.linimasa.page.Page;
import id.linimasa.page.PageReadException;
import id.linimasa.page.PageReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site templates learned from examples/extraction/template: eight pages of one site written for this project,
 * whose template sets two prose paragraphs into every article.
 */
class TemplateLearnerTest {

    private static final Path SET = Path.of(System.getProperty("linimasa.root", ".")).resolve("examples/extraction/template/html");
    private static final String PARTNER = "Berita ini disiarkan atas kerja sama";
    private static final String OPINION = "menerima tulisan opini dari pembaca";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static List<Page> pages() throws IOException, PageReadException {
        List<Page> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SET)) {
            for (Path f : files.sorted().toList()) out.add(new PageReader().read(f.toString(), f));
        }
        return out;
    }

    @Test
    void blocksRecurringAcrossASitesPagesAreItsTemplateAndLeaveTheBody() throws IOException, PageReadException {
        List<Page> pages = pages();
        assertThat(pages).hasSize(8);
        // without a template the classifier cannot tell these paragraphs from the story
        assertThat(extractor.extract(pages.get(0)).text()).contains(PARTNER, OPINION);

        TemplateLearner learner = new TemplateLearner();
        for (Page p : pages) extractor.extract(p, SiteTemplates.NONE, learner);
        SiteTemplates templates = learner.templates();
        assertThat(templates.sites()).isEqualTo(1);
        for (Page p : pages) {
            Article a = extractor.extract(p, templates, null);
            assertThat(a.text()).doesNotContain(PARTNER, OPINION);
            assertThat(a.text().lines().count()).isEqualTo(3);
        }
    }

    @Test
    void aSiteNeedsFivePagesBeforeItHasATemplate() throws IOException, PageReadException {
        TemplateLearner learner = new TemplateLearner();
        List<Page> pages = pages();
        for (Page p : pages.subList(0, 4)) extractor.extract(p, SiteTemplates.NONE, learner);
        assertThat(learner.templates().sites()).isZero();
        extractor.extract(pages.get(4), SiteTemplates.NONE, learner);
        assertThat(learner.templates().sites()).isEqualTo(1);
    }

    @Test
    void whatWasLearnedIsKeptAndReadBack(@TempDir Path dir) throws IOException, PageReadException {
        TemplateLearner learner = new TemplateLearner();
        for (Page p : pages()) extractor.extract(p, SiteTemplates.NONE, learner);
        Path file = dir.resolve("templates.json");
        learner.write(file);
        TemplateLearner back = TemplateLearner.read(file);
        assertThat(back.pages("kabar lembah")).isEqualTo(8);
        assertThat(back.templates().size("kabar lembah")).isEqualTo(learner.templates().size("kabar lembah")).isGreaterThanOrEqualTo(2);
        assertThat(TemplateLearner.read(dir.resolve("none.json")).templates().sites()).isZero();
    }
}
