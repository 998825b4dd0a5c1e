package id.linimasa.app;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** {@code --from DATE --to DATE}, both inclusive and optional. */
public final class DateRange {

    @Option(names = "--from", paramLabel = "DATE", description = "on or after this date (YYYY-MM-DD)")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "on or before this date (YYYY-MM-DD)")
    LocalDate to;
}
