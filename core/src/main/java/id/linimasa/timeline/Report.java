package id.linimasa.timeline;

import id.linimasa.Analysis;
import id.linimasa.event.Event;
import id.linimasa.extract.PublicationTime;

import java.time.LocalDate;

/**
 * One article's account of an event: the event as coded there, and the sentence and article it came from.
 * Holds no whole analysis, so that merged events can be kept and merged further without their articles.
 */
public record Report(Evidence evidence, Event event) {

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
        PublicationTime t = PublicationTime.parse(evidence.published());
        return t == null ? null : t.date();
    }
}
