package id.linimasa.app.web;

import id.linimasa.event.Plover;
import id.linimasa.timeline.DateRange;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query parameters of one request, checked against what its endpoint accepts: an unknown or repeated
 * parameter, a value of the wrong form or a value out of range is a 400 with a reason naming it.
 */
final class Params {

    static final int MAX_TEXT = 500;
    static final int MAX_OFFSET = 10_000;

    private final Map<String, List<String>> values;

    Params(Map<String, List<String>> values, Endpoint endpoint) {
        this.values = values;
        for (var e : values.entrySet()) {
            Endpoint.Param p = endpoint.param(e.getKey());
            if (p == null) {
                Set<String> known = new TreeSet<>();
                endpoint.params().forEach(q -> known.add(q.name()));
                throw ApiException.badRequest("unknown parameter '" + e.getKey() + "'"
                        + (known.isEmpty() ? "; this endpoint takes none" : "; accepted: " + String.join(", ", known)));
            }
            if (e.getValue().size() > p.maxRepeat()) {
                throw ApiException.badRequest("parameter '" + e.getKey() + "' given " + e.getValue().size() + " times; at most " + p.maxRepeat());
            }
            for (String v : e.getValue()) {
                if (v.length() > MAX_TEXT) throw ApiException.badRequest("parameter '" + e.getKey() + "' is longer than " + MAX_TEXT + " characters");
            }
        }
    }

    /** The value, trimmed; null when absent or blank. */
    String text(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.getFirst().isBlank()) return null;
        return v.getFirst().strip();
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The range a date parameter covers ("2025", "2025-02" or "2025-02-28"); null when absent. */
    DateRange date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return DateRange.parse(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter '" + name + "': " + e.getMessage());
        }
    }

    /** The from/to pair (from the start of the first period to the end of the second), checked to be in order. */
    LocalDate[] dateRange() {
        DateRange f = date("from"), t = date("to");
        LocalDate from = f == null ? null : f.first(), to = t == null ? null : t.last();
        if (from != null && to != null && from.isAfter(to)) throw ApiException.badRequest("'from' " + from + " is after 'to' " + to);
        return new LocalDate[]{from, to};
    }

    /** The PLOVER type asked for, or null for any. */
    Plover ploverType() {
        String v = text("type");
        if (v == null) return null;
        try {
            return Plover.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("parameter 'type': '" + v + "' is not a PLOVER type (" + Arrays.toString(Plover.values()) + ")");
        }
    }

    Set<Plover> ploverTypes() {
        Plover type = ploverType();
        return type == null ? Set.of() : Set.of(type);
    }

    Set<String> outlets() {
        String outlet = text("outlet");
        return outlet == null ? Set.of() : Set.of(outlet);
    }

    /** The page size: default when absent, capped at the endpoint's maximum, never below 1. */
    int limit(Endpoint endpoint) {
        int n = integer("limit", endpoint.defaultLimit());
        if (n < 1) throw ApiException.badRequest("parameter 'limit' must be at least 1");
        return Math.min(n, endpoint.maxLimit());
    }

    int offset() {
        int n = integer("offset", 0);
        if (n < 0 || n > MAX_OFFSET) throw ApiException.badRequest("parameter 'offset' must be between 0 and " + MAX_OFFSET);
        return n;
    }

    /** A whole number of at least 1; 1 when absent. */
    int atLeastOne(String name) {
        int n = integer(name, 1);
        if (n < 1) throw ApiException.badRequest("parameter '" + name + "' must be at least 1");
        return n;
    }

    private int integer(String name, int absent) {
        String v = text(name);
        if (v == null) return absent;
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "': '" + v + "' is not a whole number");
        }
    }
}
