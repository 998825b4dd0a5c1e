package id.linimasa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.eval.Prf;

import java.util.Locale;

/** How the evaluation commands print a precision/recall/F1 triple: one table row, or one JSON object. */
final class ScoreTable {
    private ScoreTable() {
    }

    /** The header of a table whose first column is {@code width} wide. */
    static void header(int width, String first) {
        System.out.printf("%-" + width + "s %9s %9s %9s%n", first, "precision", "recall", "F1");
    }

    static void line(int width, String name, Prf p) {
        System.out.printf("%-" + width + "s %9.4f %9.4f %9.4f%n", name, p.precision(), p.recall(), p.f1());
    }

    /** The JSON object of a gold-set evaluation, opened with its counts. */
    static ObjectNode counts(ObjectMapper json, int documents, int gold, int system) {
        ObjectNode n = json.createObjectNode();
        n.put("documents", documents);
        n.put("gold", gold);
        n.put("system", system);
        return n;
    }

    /**
     * Whether a figure is below the floor a {@code --min-...} option set (none set: never); when it is, says so on
     * stderr as "{@code what} 0.9123 is below the floor 0.9200".
     */
    static boolean belowFloor(String what, double figure, Double floor) {
        if (floor == null || figure >= floor) return false;
        System.err.printf(Locale.ROOT, "%s %.4f is below the floor %.4f%n", what, figure, floor);
        return true;
    }

    static ObjectNode json(ObjectMapper json, Prf p) {
        ObjectNode n = json.createObjectNode();
        n.put("precision", p.precision());
        n.put("recall", p.recall());
        n.put("f1", p.f1());
        return n;
    }
}
