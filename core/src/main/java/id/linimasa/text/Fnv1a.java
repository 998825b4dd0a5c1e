package id.linimasa.text;

/** The 64-bit FNV-1a hash of a string's chars: stable across runs and JVMs, so it may key what is saved. */
public final class Fnv1a {

    /** The hash of the empty string, where every hash starts. */
    private static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Fnv1a() {
    }

    public static long of(String s) {
        long h = START;
        for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * PRIME;
        return h;
    }
}
