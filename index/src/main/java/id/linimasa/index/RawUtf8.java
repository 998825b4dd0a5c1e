package id.linimasa.index;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * JSON already encoded as UTF-8, written by Jackson's UTF-8 generator as it is (a raw value, through
 * {@code appendUnquotedUTF8} or {@code asUnquotedUTF8}): no decoding to a string and encoding back. The character
 * and quoted forms decode it and behave as Jackson's {@code SerializedString} of the decoded text.
 */
final class RawUtf8 implements SerializableString {

    private final byte[] utf8;

    RawUtf8(byte[] utf8) {
        this.utf8 = utf8;
    }

    private SerializedString decoded() {
        return new SerializedString(getValue());
    }

    @Override
    public String getValue() {
        return new String(utf8, UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    /** The bytes themselves, as {@code SerializedString} gives its cached ones: Jackson only writes them out. */
    @Override
    public byte[] asUnquotedUTF8() {
        return utf8;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) return -1;
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer out) {
        if (out.remaining() < utf8.length) return -1;
        out.put(utf8);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return decoded().appendUnquoted(buffer, offset);
    }

    @Override
    public char[] asQuotedChars() {
        return decoded().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return decoded().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return decoded().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return decoded().appendQuoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return decoded().writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
        return decoded().putQuotedUTF8(buffer);
    }
}
