package id.linimasa.event;

import id.linimasa.ArticleFixture;

import java.util.List;

/** The event tests' shared steps: code a fixture's text, keep the events of one type. */
final class CodedEvents {

    private CodedEvents() {
    }

    static List<Event> code(ArticleFixture fixture) {
        return new EventCoder().apply(fixture.analysis()).events();
    }

    static List<Event> ofType(List<Event> events, Plover type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }
}
