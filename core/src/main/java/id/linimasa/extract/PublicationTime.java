package id.linimasa.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * When a page says it was published: always a date, a time and zone only when the page gives them.
 * A page saying "29 October 2025" yields a date alone; we never invent a midnight or a zone.
 */
public record PublicationTime(LocalDate date, LocalTime time, ZoneOffset offset) {

    public PublicationTime {
        Objects.requireNonNull(date, "date");
    }

    public static PublicationTime ofDate(LocalDate date) {
        return new PublicationTime(date, null, null);
    }

    /** ISO-8601: {@code 2025-02-28T16:09+07:00}, or {@code 2025-02-28} when there is no time. */
    public String iso() {
        if (time == null) return date.toString();
        String t = time.format(time.getSecond() == 0 ? DateTimeFormatter.ofPattern("HH:mm") : DateTimeFormatter.ofPattern("HH:mm:ss"));
        return date + "T" + t + (offset == null ? "" : offset.getId().equals("Z") ? "Z" : offset.getId());
    }

    /** Parses what {@link #iso()} writes, and full ISO offset date-times. */
    public static PublicationTime parse(String iso) {
        if (iso == null || iso.isBlank()) return null;
        if (iso.length() == 10) return ofDate(LocalDate.parse(iso));
        try {
            OffsetDateTime odt = OffsetDateTime.parse(iso);
            return new PublicationTime(odt.toLocalDate(), odt.toLocalTime(), odt.getOffset());
        } catch (RuntimeException e) {
            var ldt = LocalDateTime.parse(iso);
            return new PublicationTime(ldt.toLocalDate(), ldt.toLocalTime(), null);
        }
    }
}
