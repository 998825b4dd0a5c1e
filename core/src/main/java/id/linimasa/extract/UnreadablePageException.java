package id.linimasa.extract;

/** A page that yields no article: its message is the one-line reason shown to the user. */
public class UnreadablePageException extends RuntimeException {
    public UnreadablePageException(String reason) {
        super(reason);
    }
}
