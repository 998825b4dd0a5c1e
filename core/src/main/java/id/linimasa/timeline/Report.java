package id.linimasa.timeline;

import id.linimasa.Analysis;
import id.linimasa.event.Event;

import java.time.LocalDate;

/** One article's account of an event: the event as coded there, and the analysis it came from. */
public record Report(Analysis analysis, Event event) {

    public String articleId() {
        return analysis.article().id();
    }

    /** The day the article was published, or null when the page does not say. */
    public LocalDate published() {
        return analysis.article().published() == null ? null : analysis.article().published().date();
    }

    public Evidence evidence() {
        var a = analysis.article();
        return new Evidence(a.id(), a.outlet(), a.published() == null ? null : a.published().iso(),
                event.sentence().of(analysis.text()), event.sentence(), event.caption());
    }
}
