package id.linimasa.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Learns each site's template from its pages: counts in how many of a site's pages each block occurs. A block
 * in at least half of a site's pages, once the site has {@link #MIN_PAGES} pages, is template. Thread-safe (pages
 * are extracted in a pool). Memory stays flat: when a site's counts grow past {@link #PRUNE_AT}, blocks seen on
 * one page only are dropped (a template block recurs on nearly every page, so it is soon counted again).
 */
public final class TemplateLearner {

    static final int MIN_PAGES = 5;
    private static final double SHARE = 0.5;
    private static final int PRUNE_AT = 50_000;

    private static final class Site {
        int pages;
        final Map<Long, Integer> counts = new HashMap<>();
    }

    private final Map<String, Site> sites = new TreeMap<>();

    /** One page of {@code site}: its blocks' texts (each counted once per page). */
    public synchronized void add(String site, List<Block> blocks) {
        if (site == null) return;
        Site s = sites.computeIfAbsent(site, k -> new Site());
        s.pages++;
        Set<Long> seen = new HashSet<>();
        for (Block b : blocks) {
            if (b.words() < SiteTemplates.MIN_WORDS) continue;
            long key = SiteTemplates.key(b.text());
            if (seen.add(key)) s.counts.merge(key, 1, Integer::sum);
        }
        if (s.counts.size() > PRUNE_AT) s.counts.values().removeIf(c -> c == 1);
    }

    /** The templates as learned so far. */
    public synchronized SiteTemplates templates() {
        Map<String, Set<Long>> out = new HashMap<>();
        for (var e : sites.entrySet()) {
            Site s = e.getValue();
            if (s.pages < MIN_PAGES) continue;
            Set<Long> lines = new HashSet<>();
            for (var c : s.counts.entrySet()) if (c.getValue() >= SHARE * s.pages) lines.add(c.getKey());
            if (!lines.isEmpty()) out.put(e.getKey(), lines);
        }
        return new SiteTemplates(out);
    }

    /** Pages seen of a site. */
    public synchronized int pages(String site) {
        Site s = sites.get(site);
        return s == null ? 0 : s.pages;
    }

    // ---- persistence: {"version":1,"sites":{site:{"pages":n,"counts":{hexHash:count}}}}

    public synchronized void write(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("version", 1);
        ObjectNode all = root.putObject("sites");
        for (var e : sites.entrySet()) {
            ObjectNode site = all.putObject(e.getKey());
            site.put("pages", e.getValue().pages);
            ObjectNode counts = site.putObject("counts");
            // only blocks seen twice can ever become template: single sightings are not worth the bytes
            new TreeMap<>(e.getValue().counts).forEach((k, c) -> {
                if (c >= 2) counts.put(Long.toHexString(k), c);
            });
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        json.writeValue(tmp.toFile(), root);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A learner holding what {@code file} kept, or an empty one when there is no such file. */
    public static TemplateLearner read(Path file) throws IOException {
        TemplateLearner l = new TemplateLearner();
        if (!Files.exists(file)) return l;
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root.path("version").asInt() != 1) throw new IOException(file + ": not a template file this linimasa reads (version " + root.path("version") + ")");
        for (var e : root.path("sites").properties()) {
            Site s = new Site();
            s.pages = e.getValue().path("pages").asInt();
            for (var c : e.getValue().path("counts").properties()) s.counts.put(Long.parseUnsignedLong(c.getKey(), 16), c.getValue().asInt());
            l.sites.put(e.getKey(), s);
        }
        return l;
    }
}
