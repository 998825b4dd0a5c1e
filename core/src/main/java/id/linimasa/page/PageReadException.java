package id.linimasa.page;

/** A file that could not be read as a page; the message is the one-line reason (without the file name). */
public class PageReadException extends Exception {
    public PageReadException(String reason) {
        super(reason);
    }
}
