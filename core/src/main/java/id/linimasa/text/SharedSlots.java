package id.linimasa.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;

/**
 * The slots of a table shared by every thread, of immutable entries found by a hash (the token caches: {@link
 * TokenStrings}, the tagger's words): open addressing with linear probing over a fixed array; bounded, since unseen
 * words never stop coming; thread-safe: an entry goes into an empty slot by compare-and-set, so readers see it whole or
 * not at all. The owner walks the slots from {@link #first} by {@link #next} and compares the entries its own way.
 */
public final class SharedSlots<E> {

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    private final Object[] table;
    private final int shift;
    private final int max;
    private final AtomicInteger size = new AtomicInteger();

    /** Slots for at most {@code max} entries, at most half full. */
    public SharedSlots(int max) {
        int capacity = Integer.highestOneBit(Math.max(4, max) * 2 - 1) << 1;
        this.table = new Object[capacity];
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(capacity);
        this.max = max;
    }

    /** The first slot to probe for a hash: its top bits after a multiply, which spreads the hashes of short words. */
    public int first(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** The slot probed after slot i. */
    public int next(int i) {
        return (i + 1) & (table.length - 1);
    }

    /** The entry in slot i, or null: an empty slot ends a search. */
    @SuppressWarnings("unchecked")
    public E at(int i) {
        return (E) SLOT.getAcquire(table, i);
    }

    /**
     * Keeps the entry, of hash h, unless the table is full; another thread may have put the same one meanwhile ({@code
     * same}: both are alike).
     */
    public void put(E e, int h, BiPredicate<E, E> same) {
        if (size.get() >= max) return;
        for (int i = first(h); ; i = next(i)) {
            if (SLOT.compareAndSet(table, i, null, e)) {
                size.incrementAndGet();
                return;
            }
            if (same.test(at(i), e)) return;
        }
    }

    public int size() {
        return size.get();
    }
}
