package id.linimasa.timeline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.linimasa.Analysis;
import id.linimasa.event.Event;
import id.linimasa.extract.PublicationTime;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One article's account of an event: the event as coded there, and the sentence and article it came from.
 * Holds no whole analysis, so that merged events can be kept and merged further without their articles.
 *
 * @param derived what merging compares, worked out once from the other two (never stored: rebuilt when read back)
 */
public record Report(Evidence evidence, Event event, @JsonIgnore Derived derived) {

    /**
     * The publication day and the keys that identify each side across articles: the states, and the family names of
     * the people named, since outlets name one person differently ("Aurel Vastan", "Presiden Vastan") and a linker
     * may give each its own id.
     */
    public record Derived(LocalDate published, Set<String> sourceKeys, Set<String> targetKeys) {
    }

    public Report {
        if (derived == null) derived = derive(evidence, event);
    }

    public Report(Evidence evidence, Event event) {
        this(evidence, event, null);
    }

    public static Report of(Analysis analysis, Event event) {
        var a = analysis.article();
        return new Report(new Evidence(a.id(), a.outlet(), a.published() == null ? null : a.published().iso(),
                event.sentence().of(analysis.text()), event.sentence(), event.caption()), event);
    }

    public String articleId() {
        return evidence.articleId();
    }

    /** The day the article was published, or null when the page does not say. */
    public LocalDate published() {
        return derived.published();
    }

    private static Derived derive(Evidence evidence, Event event) {
        PublicationTime t = evidence == null ? null : PublicationTime.parse(evidence.published());
        return new Derived(t == null ? null : t.date(), Set.copyOf(keys(event.sources(), event.sourceEntities())),
                Set.copyOf(keys(event.targets(), event.targetEntities())));
    }

    private static Set<String> keys(List<String> states, List<String> named) {
        Set<String> k = new HashSet<>(states);
        for (String id : named) {
            if (!id.startsWith("per:")) continue;
            k.add("per~" + id.substring(id.lastIndexOf('_') + 1).replace("per:", ""));
        }
        return k;
    }
}
