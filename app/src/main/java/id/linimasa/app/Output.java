package id.linimasa.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.linimasa.index.Json;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes JSON Lines (one compact JSON object per line) and the values commands print. */
final class Output {

    private Output() {
    }

    static void jsonLine(PrintWriter out, Object value) {
        try {
            out.println(Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A figure rounded to {@code decimals} places, for JSON output. */
    static double rounded(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** A value for a text table: "-" for null. */
    static String or(Object value) {
        return value == null ? "-" : value.toString();
    }
}
