package id.linimasa.extract;

import id.linimasa.text.Fnv1a;

import java.util.Map;
import java.util.Set;

/**
 * The template lines of each site: blocks (menus, notes, promos, disclaimers, prose the site puts into every
 * article) that recur across many of one site's pages, kept as hashes of their normalised text. Learned from a
 * corpus by {@link TemplateLearner}; extraction treats a block of its page's site found here as clutter. Immutable.
 */
public final class SiteTemplates {

    public static final SiteTemplates NONE = new SiteTemplates(Map.of());

    /** Blocks shorter than this are left to the classifier: short phrases ("Jakarta", "Baca juga") recur on any site. */
    static final int MIN_WORDS = 4;

    private final Map<String, Set<Long>> bySite;

    SiteTemplates(Map<String, Set<Long>> bySite) {
        this.bySite = Map.copyOf(bySite);
    }

    /** The hashes of one site's template blocks (empty for an unknown site or none). */
    Set<Long> of(String site) {
        return site == null ? Set.of() : bySite.getOrDefault(site, Set.of());
    }

    /** How many sites have a template. */
    public int sites() {
        return bySite.size();
    }

    /** How many template blocks the site has. */
    public int size(String site) {
        return of(site).size();
    }

    /** The key a block's text is kept under: a 64-bit FNV-1a hash of its normalised text (case, punctuation and spacing ignored). */
    static long key(String text) {
        return Fnv1a.of(ContentSelector.norm(text));
    }
}
