package id.linimasa.index;

import java.util.List;

/** A story told by several reports, in the order they were published. */
public record Story(StorySummary summary, List<Report> reports) {

    public Story {
        reports = List.copyOf(reports);
    }

    /**
     * One article of the story and what it added to the reports before it.
     *
     * @param duplicateOf  set when this is a syndicated copy (it then adds nothing)
     * @param newEntities  names of entities no earlier report named
     * @param newEvents    events ("CONSULT 2025-02-27") no earlier report had
     * @param newQuotes    speakers quoted here and in no earlier report
     */
    public record Report(String id, String title, String outlet, String published, String duplicateOf,
                         List<String> newEntities, List<String> newEvents, List<String> newQuotes) {
        public Report {
            newEntities = List.copyOf(newEntities);
            newEvents = List.copyOf(newEvents);
            newQuotes = List.copyOf(newQuotes);
        }
    }
}
