package id.linimasa.entity;

import id.linimasa.text.ResourceLines;
import id.linimasa.text.WordMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The canonical entities known before reading any text: every country of ISO 3166 (alpha-3 id, Indonesian
 * and English names from the JDK's CLDR data) and the places, organisations and news agencies of the
 * {@code entities.tsv} resource. Looks entities up by any alias, case-insensitively; knows which places are
 * seats of government (Kremlin, Pyongyang) that stand for their state when they act.
 */
public final class EntityCatalog {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final Map<String, Entity> byId;
    private final Map<String, List<String>> byAlias;
    /** Every proper prefix of an alias of several tokens: where a longer match may go on. */
    private final Set<String> prefixes;
    private final Map<String, String> seatOf;
    /** Names looked up before, with their ids: articles name the same states, bodies and people again and again. */
    private final Map<String, List<String>> looked = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int LOOKED_MAX = 100_000;

    private EntityCatalog(Map<String, Entity> byId, Map<String, String> seatOf) {
        this.byId = WordMap.copyOf(byId);
        this.seatOf = Map.copyOf(seatOf);
        Map<String, List<String>> aliases = new HashMap<>();
        for (Entity e : byId.values()) {
            Set<String> names = new LinkedHashSet<>(e.aliases());
            names.add(e.name());
            for (String a : names) {
                List<String> ids = aliases.computeIfAbsent(key(a), k -> new ArrayList<>());
                if (!ids.contains(e.id())) ids.add(e.id());
            }
        }
        aliases.replaceAll((k, v) -> List.copyOf(v));
        this.byAlias = WordMap.copyOf(aliases);
        this.prefixes = Gazetteer.prefixes(aliases.keySet());
    }

    public static EntityCatalog standard() {
        return Standard.CATALOG;
    }

    private static final class Standard {
        static final EntityCatalog CATALOG = load();
    }

    private static EntityCatalog load() {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (String cc : Locale.getISOCountries()) {
            Locale l = Locale.of("", cc);
            String id = l.getISO3Country();
            String name = plain(l.getDisplayCountry(INDONESIAN));
            String english = plain(l.getDisplayCountry(Locale.ENGLISH));
            byId.put(id, new Entity(id, EntityType.LOC, name, List.copyOf(new LinkedHashSet<>(List.of(name, english))), id, List.of()));
        }
        Map<String, String> seats = new HashMap<>();
        for (String line : resourceLines("entities.tsv")) {
            String[] c = line.split("\t", -1);
            if (c.length < 5) throw new IllegalStateException("entities.tsv: bad line: " + line);
            String id = c[0];
            EntityType type = EntityType.valueOf(c[1]);
            String country = c[2].isEmpty() ? null : c[2];
            Set<String> aliases = new LinkedHashSet<>();
            Entity known = byId.get(id);
            if (known != null) aliases.addAll(known.aliases());
            aliases.addAll(List.of(c[4].split("\\|")));
            byId.put(id, new Entity(id, type, c[3], List.copyOf(aliases), country, List.of()));
            if (c.length > 5 && !c[5].isEmpty()) seats.put(id, c[5]);
        }
        return new EntityCatalog(byId, seats);
    }

    /** CLDR's "Myanmar (Burma)" or "Kongo - Kinshasa" to the name news text uses. */
    private static String plain(String name) {
        int cut = name.indexOf(" (");
        if (cut > 0) name = name.substring(0, cut);
        return name.strip();
    }

    /** Non-comment, non-blank lines of a resource beside this class. */
    public static List<String> resourceLines(String name) {
        return ResourceLines.beside(EntityCatalog.class, name);
    }

    static String key(String name) {
        return Gazetteer.normalise(name);
    }

    public Entity get(String id) {
        return byId.get(id);
    }

    public Collection<Entity> all() {
        return byId.values();
    }

    /** Ids of the entities that have this name or alias (case-insensitive); empty when none. */
    public List<String> lookup(String name) {
        List<String> ids = looked.get(name);
        if (ids == null) {
            ids = byAlias.getOrDefault(key(name), List.of());
            if (looked.size() < LOOKED_MAX) looked.put(name, ids);
        }
        return ids;
    }

    /** As {@link #lookup(String)}, for a name already cut into tokens (no second tokenisation). */
    public List<String> lookup(List<String> tokens) {
        return lookupKey(Gazetteer.key(tokens));
    }

    /** As {@link #lookup(List)}, for the tokens' {@link Gazetteer#key}. */
    List<String> lookupKey(String key) {
        return byAlias.getOrDefault(key, List.of());
    }

    /** The id of the country this name or alias is ("Rusia" RUS; "Moskow" none), or null. */
    public String countryNamed(String name) {
        for (String id : lookup(name)) if (id.equals(byId.get(id).country())) return id;
        return null;
    }

    /** Whether some alias of several tokens begins with these tokens. */
    boolean continues(List<String> tokens) {
        return continuesKey(Gazetteer.key(tokens));
    }

    /** As {@link #continues}, for the tokens' {@link Gazetteer#key}. */
    boolean continuesKey(String key) {
        return prefixes.contains(key);
    }

    /** The state a seat of government stands for ("loc:kremlin" to "RUS"), or null. */
    public String seatOf(String id) {
        return seatOf.get(id);
    }
}
