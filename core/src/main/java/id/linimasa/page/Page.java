package id.linimasa.page;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A raw page as it was read: where it came from, the address it was published at (when known) and its
 * bytes, untouched. Everything later is derived from this, so the corpus keeps it for re-analysis.
 *
 * @param source the path or identifier the user gave
 * @param url    the page's own address, or null when the input does not say
 * @param bytes  the raw bytes (already un-gzipped)
 * @param kind   whether the bytes are HTML or a plain-text dump
 * @param sha256 the content hash of the bytes (hex): equal bytes are the same page, whatever path they were read from. Made
 *               once, by the constructor without it: the article's id and the index's duplicate check both read it
 */
public record Page(String source, String url, byte[] bytes, Kind kind, String sha256) {

    public enum Kind { HTML, TEXT }

    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
    }

    public Page(String source, String url, byte[] bytes, Kind kind) {
        this(source, url, bytes, kind, sha256(Objects.requireNonNull(bytes, "bytes")));
    }

    /** A fresh digest to copy: copying one costs less than looking the algorithm up for every page. */
    private static final MessageDigest SHA_256 = sha256Digest();

    private static String sha256(byte[] bytes) {
        MessageDigest d;
        try {
            d = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            d = sha256Digest();
        }
        return HexFormat.of().formatHex(d.digest(bytes));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
