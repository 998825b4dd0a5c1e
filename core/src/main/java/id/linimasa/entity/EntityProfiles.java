package id.linimasa.entity;

import id.linimasa.Analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds {@link EntityProfile}s from a collection of analysed articles (a pure function of them), and
 * resolves the name a user types ("Korut", "Putin", "Korea Utara") to an entity id.
 */
public final class EntityProfiles {

    private static final int COMPANIONS = 10;

    private final Map<String, EntityProfile> byId;
    private final EntityCatalog catalog;

    private EntityProfiles(Map<String, EntityProfile> byId, EntityCatalog catalog) {
        this.byId = byId;
        this.catalog = catalog;
    }

    public static EntityProfiles of(Collection<Analysis> analyses) {
        return of(analyses, EntityCatalog.standard());
    }

    public static EntityProfiles of(Collection<Analysis> analyses, EntityCatalog catalog) {
        Map<String, Acc> acc = new LinkedHashMap<>();
        for (Analysis a : analyses) {
            LocalDate date = a.article().published() == null ? null : a.article().published().date();
            Map<String, Entity> entities = new LinkedHashMap<>();
            for (Entity e : a.entities()) entities.put(e.id(), e);
            for (Mention m : a.mentions()) {
                if (m.entityId() == null) continue;
                Acc x = acc.computeIfAbsent(m.entityId(), id -> new Acc(entities.get(id), m));
                x.mentions++;
                x.aliases.merge(EntityLinker.stripped(m.text()), 1, Integer::sum);
            }
            for (Entity e : entities.values()) {
                Acc x = acc.computeIfAbsent(e.id(), id -> new Acc(e, null));
                x.articles++;
                if (date != null) {
                    x.first = x.first == null || date.isBefore(x.first) ? date : x.first;
                    x.last = x.last == null || date.isAfter(x.last) ? date : x.last;
                }
                for (Role r : e.roles()) x.roles.add(new EntityProfile.DatedRole(r.title(), r.affiliation(), date, a.article().id()));
                for (String other : entities.keySet()) if (!other.equals(e.id())) x.companions.merge(other, 1, Integer::sum);
            }
        }
        Map<String, EntityProfile> out = new LinkedHashMap<>();
        for (var e : acc.entrySet()) out.put(e.getKey(), e.getValue().profile(e.getKey(), acc));
        return new EntityProfiles(Map.copyOf(out), catalog);
    }

    public EntityProfile get(String id) {
        return byId.get(id);
    }

    /** The most mentioned entities (of one type, or all when type is null), most articles first. */
    public List<EntityProfile> top(EntityType type, int n) {
        return byId.values().stream()
                .filter(p -> type == null || p.type() == type)
                .sorted(Comparator.comparingInt(EntityProfile::articles).reversed()
                        .thenComparing(Comparator.comparingInt(EntityProfile::mentions).reversed())
                        .thenComparing(EntityProfile::id))
                .limit(n).toList();
    }

    /**
     * The entity a user means by a name: an id as such, a catalog name or alias ("Korut", "Korea Utara"),
     * a name seen in the corpus, or a part of one person's name ("Putin"); the most mentioned wins a tie.
     * Null when nothing matches.
     */
    public String resolve(String name) {
        String q = name.strip();
        if (byId.containsKey(q)) return q;
        String key = EntityCatalog.key(q);
        List<String> known = catalog.lookup(q);
        if (!known.isEmpty()) {
            return known.stream().max(Comparator.comparingInt(id -> byId.containsKey(id) ? byId.get(id).mentions() : -1)).orElseThrow();
        }
        List<EntityProfile> exact = new ArrayList<>();
        List<EntityProfile> partial = new ArrayList<>();
        String[] parts = EntityLinker.nameParts(q);
        for (EntityProfile p : byId.values()) {
            Set<String> names = new LinkedHashSet<>(p.aliases());
            names.add(p.name());
            if (names.stream().anyMatch(n -> EntityCatalog.key(n).equals(key))) exact.add(p);
            else if (p.type() == EntityType.PER && parts.length > 0 && containsAll(EntityLinker.nameParts(p.name()), parts)) partial.add(p);
        }
        List<EntityProfile> pick = exact.isEmpty() ? partial : exact;
        return pick.stream().max(Comparator.comparingInt(EntityProfile::mentions)).map(EntityProfile::id).orElse(null);
    }

    private static boolean containsAll(String[] full, String[] part) {
        for (String p : part) {
            boolean found = false;
            for (String f : full) found |= f.toLowerCase(Locale.ROOT).equals(p.toLowerCase(Locale.ROOT));
            if (!found) return false;
        }
        return true;
    }

    private static final class Acc {
        final EntityType type;
        final String name;
        final String country;
        int mentions;
        int articles;
        LocalDate first;
        LocalDate last;
        final Map<String, Integer> aliases = new LinkedHashMap<>();
        final List<EntityProfile.DatedRole> roles = new ArrayList<>();
        final Map<String, Integer> companions = new HashMap<>();

        Acc(Entity e, Mention m) {
            this.type = e != null ? e.type() : m.type();
            this.name = e != null ? e.name() : m.text();
            this.country = e != null ? e.country() : null;
        }

        EntityProfile profile(String id, Map<String, Acc> all) {
            List<String> names = aliases.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            List<EntityProfile.DatedRole> dated = roles.stream().distinct()
                    .sorted(Comparator.comparing(EntityProfile.DatedRole::date, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            List<EntityProfile.Companion> with = companions.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(COMPANIONS)
                    .map(e -> new EntityProfile.Companion(e.getKey(), Objects.requireNonNullElse(all.get(e.getKey()), this).name, e.getValue()))
                    .toList();
            return new EntityProfile(id, type, name, country, names, dated, mentions, articles, with, first, last);
        }
    }
}
