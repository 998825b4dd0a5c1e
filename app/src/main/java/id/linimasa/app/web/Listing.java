package id.linimasa.app.web;

import java.util.List;

/** One page of a list: the items from {@code offset}, at most {@code limit} of them, out of {@code total}. */
record Listing<T>(long total, int limit, int offset, List<T> items) {

    Listing {
        items = List.copyOf(items);
    }

    /** The page of {@code all} that the limit and offset select. */
    static <T> Listing<T> of(List<T> all, int limit, int offset) {
        int from = Math.min(offset, all.size());
        return new Listing<>(all.size(), limit, offset, all.subList(from, Math.min(all.size(), from + limit)));
    }
}
