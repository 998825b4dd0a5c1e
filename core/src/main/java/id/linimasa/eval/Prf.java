package id.linimasa.eval;

/** Precision and recall of one comparison with the gold, and their harmonic mean. */
public record Prf(double precision, double recall) {
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
