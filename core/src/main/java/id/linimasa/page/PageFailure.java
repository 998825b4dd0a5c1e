package id.linimasa.page;

/** A page that could not be read or made into an article, with a one-line reason naming why. */
public record PageFailure(String source, String reason) {
}
