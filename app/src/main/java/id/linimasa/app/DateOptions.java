package id.linimasa.app;

import id.linimasa.timeline.DateRange;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;

/** {@code --from DATE --to DATE}, both inclusive and optional; a year or month stands for all its days. */
public final class DateOptions {

    @Option(names = "--from", paramLabel = "DATE", converter = Parse.class,
            description = "on or after the start of this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD)")
    DateRange from;
    @Option(names = "--to", paramLabel = "DATE", converter = Parse.class,
            description = "on or before the end of this year, month or day (YYYY, YYYY-MM or YYYY-MM-DD)")
    DateRange to;

    LocalDate from() {
        return from == null ? null : from.first();
    }

    LocalDate to() {
        return to == null ? null : to.last();
    }

    /** A bad date is a usage error with the accepted forms, not a parser's exception. */
    static final class Parse implements ITypeConverter<DateRange> {
        @Override
        public DateRange convert(String value) {
            try {
                return DateRange.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
