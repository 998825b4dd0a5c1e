package id.linimasa.eval;

/** Precision and recall of one comparison with the gold, and their harmonic mean. */
public record Prf(double precision, double recall) {
    /** Of {@code system} answers and {@code gold} ones, {@code matched} agree. */
    static Prf of(int matched, int system, int gold) {
        return new Prf(ratio(matched, system), ratio(matched, gold));
    }

    /** a / b, and 0 when there is nothing to measure. */
    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
