package id.linimasa.entity;

import id.linimasa.Analysis;
import id.linimasa.Layer;
import id.linimasa.Stage;
import id.linimasa.extract.LeadFinder;
import id.linimasa.text.Span;
import id.linimasa.text.WordSet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The entities stage: finds names ({@link NameFinder}), links them to canonical entities
 * ({@link EntityLinker}) and gives people the roles their appositions state ({@link RoleFinder}).
 * Needs sentences; adds the mentions and the article's entities.
 */
public final class EntityStage implements Stage {

    private final NameFinder finder;
    private final EntityLinker linker;
    private final RoleFinder roles;

    public EntityStage() {
        this(NerModel.standard(), EntityCatalog.standard());
    }

    public EntityStage(NerModel model, EntityCatalog catalog) {
        this.finder = new NameFinder(model, catalog);
        this.linker = new EntityLinker(catalog);
        this.roles = new RoleFinder(catalog);
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.TOKENS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        NameFinder.Found names = finder.find(analysis.tokens(), analysis.sentences(), datelineEnd(analysis.article(), text));
        List<NameFinder.Tagged> tagged = names.sentences();
        List<Mention> found = new ArrayList<>();
        for (NameFinder.Tagged t : tagged) found.addAll(t.mentions());
        Map<Span, Mention> retyped = surnamesAsPersons(found, names.states(), analysis.article().leadEnd());
        found.replaceAll(m -> retyped.getOrDefault(m.span(), m));
        Map<Integer, String> persons = linker.persons(found);
        int leadEnd = analysis.article().leadEnd();
        Map<Span, Mention> linked = new LinkedHashMap<>();
        int index = 0;
        for (int s = 0; s < tagged.size(); s++) {
            NameFinder.Tagged t = tagged.get(s);
            for (Mention tm : t.mentions()) {
                Mention m = retyped.getOrDefault(tm.span(), tm);
                // a seat in the dateline ("Moskow, Kompas -") is where the news comes from, not its state acting
                String known = linker.catalogId(m, previousWord(t, m), m.span().end() <= leadEnd);
                EntityType knownType = known == null ? null : linker.catalogEntity(known).type();
                Mention out;
                if (known != null && (knownType != EntityType.PER || m.type() != EntityType.PER)) {
                    // the catalog knows better than the tagger what "Kremlin" or "Korut" is
                    out = new Mention(m.span(), m.text(), knownType, known);
                } else if (m.type() == EntityType.PER) {
                    out = new Mention(m.span(), m.text(), m.type(), persons.get(index));
                } else {
                    out = new Mention(m.span(), m.text(), m.type(), EntityLinker.ownId(m));
                }
                linked.put(m.span(), out);
                index++;
            }
        }
        joinAcronyms(text, linked);
        joinCompanyShortNames(linked);
        List<Mention> mentions = List.copyOf(linked.values());
        Set<String> states = new LinkedHashSet<>();
        for (String name : names.states()) states.add(EntityLinker.ownId(new Mention(null, name, EntityType.LOC, null)));
        return analysis.withEntities(mentions, entities(text, tagged, linked, states, leadEnd));
    }

    /** Where the dateline's place opening the text ends ("Kendari" of "Kendari (ANTARA) - ..."), or 0. */
    private static int datelineEnd(id.linimasa.extract.Article article, String text) {
        if (article.leadEnd() == 0) return 0;
        String place = article.dateline() != null ? article.dateline() : LeadFinder.dateline(text);
        return place != null && !place.isEmpty() && text.startsWith(place) && place.length() < article.leadEnd() ? place.length() : 0;
    }

    /**
     * "Presiden Varenia Aurel Vastan ... bertemu Vastan": a name the tagger called a place or organisation, that
     * the catalog does not know, that the article does not show to be a state, and that ends or begins a person's
     * fuller name in the same article ("Darmawan Saputra ... kuasa hukum Darmawan"), is that person; the dateline's place
     * is not.
     */
    private Map<Span, Mention> surnamesAsPersons(List<Mention> found, Set<String> states, int leadEnd) {
        List<String[]> people = new ArrayList<>();
        for (Mention m : found) {
            String[] parts = m.type() == EntityType.PER ? EntityLinker.nameParts(m.text()) : null;
            if (parts != null && parts.length > 1) people.add(parts);
        }
        Map<Span, Mention> out = new LinkedHashMap<>();
        if (people.isEmpty()) return out;
        for (Mention m : found) {
            // "Kudus - ..." opening the article, then "makam Sunan Kudus": the dateline names a place
            if (m.type() == EntityType.PER || m.span().end() <= leadEnd) continue;
            String[] parts = EntityLinker.nameParts(m.text());
            if (parts.length == 0) continue;
            for (String[] full : people) {
                if (full.length > parts.length && (endsWith(full, parts) || startsWith(full, parts))) {
                    // looked up only now: few names end a person's, and the catalog lookup is the dear test
                    String name = EntityLinker.stripped(m.text());
                    if (states.contains(name) || !linker.catalogLookup(name).isEmpty()) break;
                    out.put(m.span(), new Mention(m.span(), m.text(), EntityType.PER, null));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean startsWith(String[] full, String[] part) {
        for (int i = 0; i < part.length; i++) if (!full[i].equalsIgnoreCase(part[i])) return false;
        return true;
    }

    private static boolean endsWith(String[] full, String[] part) {
        for (int i = 1; i <= part.length; i++) if (!full[full.length - i].equalsIgnoreCase(part[part.length - i])) return false;
        return true;
    }

    /**
     * "Badan Pengawas Obat dan Makanan (BPOM)", "Komando Pusat Amerika Serikat (CENTCOM)", "Wahana Lingkungan Hidup
     * Indonesia (Walhi)": an acronym the catalog does not know, in brackets right after a body's or place's name, is that
     * name; so is every later use of the acronym in the article. A name the catalog does not know before an acronym it
     * knows is the catalog's body ("Badan Nasional Pencarian dan Pertolongan (Basarnas)").
     */
    private void joinAcronyms(String text, Map<Span, Mention> linked) {
        Map<String, String> defined = new LinkedHashMap<>();
        Mention previous = null;
        for (Mention m : linked.values()) {
            if (previous != null && previous.entityId() != null && previous.type() != EntityType.PER && m.entityId() != null
                    && m.text().indexOf(' ') < 0 && !m.text().equals(previous.text())
                    && text.substring(previous.span().end(), m.span().start()).strip().equals("(")
                    && text.startsWith(")", m.span().end())) {
                // "Jakarta (ANTARA) -": a dateline's outlet is no place's acronym; told by the type
                boolean known = linker.catalogEntity(m.entityId()) != null, longKnown = linker.catalogEntity(previous.entityId()) != null;
                boolean sameType = m.type() == previous.type() || m.type() == EntityType.PER;
                if (!known && sameType && (capitals(m.text()) >= 2 || previous.type() == EntityType.ORG)) {
                    defined.putIfAbsent(m.entityId(), previous.entityId());
                } else if (known && !longKnown && previous.type() == m.type()) {
                    defined.putIfAbsent(previous.entityId(), m.entityId());
                }
            }
            previous = m;
        }
        if (defined.isEmpty()) return;
        Map<String, EntityType> typeOf = new LinkedHashMap<>();
        for (Mention m : linked.values()) if (m.entityId() != null) typeOf.putIfAbsent(m.entityId(), m.type());
        linked.replaceAll((span, m) -> {
            String longForm = m.entityId() == null ? null : defined.get(m.entityId());
            if (longForm != null && !isOwnId(m)) longForm = null;
            return longForm == null ? m : new Mention(m.span(), m.text(), typeOf.get(longForm), longForm);
        });
    }

    private static int capitals(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) if (Character.isUpperCase(word.charAt(i))) n++;
        return n;
    }

    /** Legal forms written before an Indonesian company's name. */
    static final Set<String> COMPANY_FORMS = WordSet.of("PT", "PT.", "CV", "CV.");

    /**
     * "PT Cerdas Nusantara Digital ... Cerdas Nusantara menyatakan": the leading words of a company's name without its
     * legal form are that company, whatever the tagger called them (one word only when it called it no person).
     */
    private static void joinCompanyShortNames(Map<Span, Mention> linked) {
        Map<String, List<String>> companies = new LinkedHashMap<>(); // id to the words after the legal form
        for (Mention m : linked.values()) {
            // a legal form opens the name: no split (nor id made) for the other bodies
            if (m.type() != EntityType.ORG || !opensWithForm(m.text()) || !isOwnId(m)) continue;
            List<String> words = List.of(m.text().split("\\s+"));
            if (words.size() > 2 && COMPANY_FORMS.contains(words.get(0))) companies.putIfAbsent(m.entityId(), words.subList(1, words.size()));
        }
        if (companies.isEmpty()) return;
        linked.replaceAll((span, m) -> {
            if (!isOwnId(m) || m.type() == EntityType.ORG && companies.containsKey(m.entityId())) return m;
            if (!startsAsSome(m.text(), companies.values())) return m; // a short name begins with a company's word: no split for others
            List<String> words = List.of(m.text().split("\\s+"));
            if (words.size() < 2 && m.type() == EntityType.PER) return m;
            for (var c : companies.entrySet()) {
                List<String> name = c.getValue();
                if (words.size() < name.size() && name.subList(0, words.size()).equals(words)) return new Mention(span, m.text(), EntityType.ORG, c.getKey());
            }
            return m;
        });
    }

    private static boolean opensWithForm(String text) {
        for (String form : COMPANY_FORMS) if (text.startsWith(form)) return true;
        return false;
    }

    /** Whether the text begins with the first word of one of the names. */
    private static boolean startsAsSome(String text, java.util.Collection<List<String>> names) {
        for (List<String> name : names) if (text.startsWith(name.get(0))) return true;
        return false;
    }

    private static boolean isOwnId(Mention m) {
        return m.entityId() != null && m.entityId().equals(EntityLinker.ownId(m));
    }

    /** {@code states}: the ids of the states the article showed the catalog does not know ("loc:talmora"). */
    private List<Entity> entities(String text, List<NameFinder.Tagged> tagged, Map<Span, Mention> linked, Set<String> states, int leadEnd) {
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        for (Mention m : linked.values()) if (m.entityId() != null) byId.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
        Map<String, List<Role>> rolesById = new LinkedHashMap<>(); // no two alike: isNew tells
        for (NameFinder.Tagged t : tagged) {
            NameFinder.Tagged view = null; // the sentence with its linked mentions, made once a person needs it
            for (int i = 0; i < t.mentions().size(); i++) {
                Mention m = linked.get(t.mentions().get(i).span());
                if (m.type() != EntityType.PER || m.entityId() == null) continue;
                if (view == null) view = t.withMentions(linkedMentions(t, linked));
                Role r = roles.find(text, view, i, Mention::entityId);
                if (r != null && isNew(r, rolesById.getOrDefault(m.entityId(), List.of()))) {
                    rolesById.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(r);
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (var e : byId.entrySet()) {
            List<Mention> ms = e.getValue();
            Set<String> aliases = new LinkedHashSet<>();
            for (Mention m : ms) aliases.add(EntityLinker.stripped(m.text()));
            List<Role> rs = List.copyOf(rolesById.getOrDefault(e.getKey(), List.of()));
            Entity known = linker.catalogEntity(e.getKey());
            if (known != null) {
                out.add(new Entity(known.id(), known.type(), known.name(), List.copyOf(aliases), known.country(), rs));
                continue;
            }
            String name = longest(aliases);
            String country = states.contains(e.getKey()) ? e.getKey() : affiliatedState(rs, states);
            if (country == null && foreignOffice(rs)) country = foreignHome(linked, leadEnd, states);
            if (country == null && ms.get(0).type() == EntityType.ORG) country = stateNamedLast(name, states);
            out.add(new Entity(e.getKey(), ms.get(0).type(), name, List.copyOf(aliases), country, rs));
        }
        return out;
    }

    private static List<Mention> linkedMentions(NameFinder.Tagged t, Map<Span, Mention> linked) {
        List<Mention> out = new ArrayList<>(t.mentions().size());
        for (Mention m : t.mentions()) out.add(linked.get(m.span()));
        return out;
    }

    /** Whether no role known has this one's title (in any case) and affiliation. */
    private static boolean isNew(Role r, List<Role> known) {
        for (Role o : known) if (o.title().equalsIgnoreCase(r.title()) && Objects.equals(o.affiliation(), r.affiliation())) return false;
        return true;
    }

    /** The alias of the most words; of several, the first. */
    private static String longest(Set<String> aliases) {
        String best = null;
        int most = -1;
        for (String a : aliases) {
            int words = EntityLinker.nameParts(a).length;
            if (words > most) {
                best = a;
                most = words;
            }
        }
        return best;
    }

    /**
     * First words of offices Indonesia has not, whose holder named without a state is a foreign state's. Not "raja",
     * "ratu" or "putra mahkota": Indonesia has sultans' and kings' courts, and they open Indonesians' names ("Ratu Atut").
     */
    private static final List<String> FOREIGN_OFFICES = List.of("perdana menteri", "pm", "kanselir", "emir");

    /** Whether a role with no affiliation names an office Indonesia has not ("Perdana Menteri Tony Abbott"). */
    private static boolean foreignOffice(List<Role> roles) {
        for (Role r : roles) {
            if (r.title() == null || r.affiliation() != null) continue;
            String title = r.title().toLowerCase(java.util.Locale.ROOT);
            for (String office : FOREIGN_OFFICES) if (title.equals(office) || title.startsWith(office + " ")) return true;
        }
        return false;
    }

    /**
     * The foreign state an article is about, for an office holder it names without a state: the dateline's when it is
     * abroad ("Honiara, Kompas -"), else the foreign state it names most often (itself, its places or its bodies: "Pemerintah
     * Australia"), when one is named more than any other
     * and at least twice; null otherwise.
     */
    private String foreignHome(Map<Span, Mention> linked, int leadEnd, Set<String> states) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Mention m : linked.values()) {
            if (m.entityId() == null || m.type() == EntityType.PER) continue;
            Entity e = linker.catalogEntity(m.entityId());
            String state = e != null ? e.country() : m.type() == EntityType.ORG ? stateNamedLast(m.text(), states) : null;
            if (state == null || state.equals(HOME)) continue;
            if (m.span().end() <= leadEnd) return state;
            named.merge(state, 1, Integer::sum);
        }
        String best = null;
        int most = 1, second = 0;
        for (var n : named.entrySet()) {
            if (n.getValue() > most) {
                second = most;
                most = n.getValue();
                best = n.getKey();
            } else if (n.getValue() > second) {
                second = n.getValue();
            }
        }
        return best != null && most > second ? best : null;
    }

    /** The state Indonesian news is written from. */
    private static final String HOME = "IDN";

    /** The state of the first role whose affiliation has one, or null. */
    private String affiliatedState(List<Role> roles, Set<String> states) {
        for (Role r : roles) {
            String state = r.affiliation() == null ? null : stateOf(r.affiliation(), states);
            if (state != null) return state;
        }
        return null;
    }

    private String stateOf(String id, Set<String> states) {
        if (states.contains(id)) return id;
        Entity e = linker.catalogEntity(id);
        return e == null ? null : e.country();
    }

    /** "Kementerian Perikanan Halvekia", "Kantor Berita Varenia": a body named after its state belongs to it. */
    private String stateNamedLast(String name, Set<String> states) {
        String[] words = EntityLinker.nameParts(name);
        if (words.length < 2) return null;
        String last = words[words.length - 1];
        String learned = "loc:" + EntityLinker.slug(last);
        return states.contains(learned) ? learned : linker.countryNamed(last);
    }

    private static String previousWord(NameFinder.Tagged t, Mention m) {
        int prev = TokenSearch.lastBefore(t, m.span().start());
        return prev < 0 ? null : t.lower()[prev];
    }
}
