package id.linimasa.text;

/**
 * The 64-bit FNV-1a hash of a string's chars, which may be fed piece by piece: the hash of "ab|c" is that of
 * "ab", then '|', then "c", so a key made of parts is hashed without being built. Stable across runs and JVMs.
 */
public final class Fnv1a {

    /** The hash of the empty string, where every hash starts. */
    public static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fnv1a() {
    }

    public static long of(String s) {
        return add(START, s);
    }

    /** The hash {@code h} goes on to once the chars of {@code s} follow. */
    public static long add(long h, String s) {
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * PRIME;
        return h;
    }

    public static long add(long h, char c) {
        return (h ^ c) * PRIME;
    }
}
