package id.linimasa.entity;

import id.linimasa.text.Sentence;
import id.linimasa.text.Span;
import id.linimasa.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the names in an article's sentences: the NER model's chunks, then catalog names the model missed
 * (news agencies, abbreviations such as "Korut"), matched case-sensitively so that ordinary words are not
 * taken for names. Mentions come out unlinked (entity id null), in text order.
 */
public final class NameFinder {

    private final NerModel model;
    private final EntityCatalog catalog;

    public NameFinder(NerModel model, EntityCatalog catalog) {
        this.model = model;
        this.catalog = catalog;
    }

    /** One tokenised sentence with its names, for the stages that look around a name. */
    public record Tagged(Sentence sentence, List<Span> tokens, List<Mention> mentions) {
    }

    public List<Tagged> find(String text, List<Sentence> sentences) {
        List<Tagged> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Span> tokens = Tokenizer.tokens(text, s.span());
            List<String> words = tokens.stream().map(t -> t.of(text)).toList();
            List<Mention> mentions = new ArrayList<>();
            for (TagChunk c : TagChunk.of(model.tag(words))) {
                for (TagChunk part : splitAtBrackets(words, extended(words, c))) {
                    int cut = part.end() - part.start() > 1 ? agencyOfCountry(words, part) : -1;
                    if (cut > 0) {
                        add(text, tokens, new TagChunk(part.start(), cut, EntityType.ORG), mentions);
                        add(text, tokens, new TagChunk(cut, part.end(), EntityType.LOC), mentions);
                    } else {
                        add(text, tokens, part, mentions);
                    }
                }
            }
            addCatalogNames(text, tokens, words, mentions);
            out.add(new Tagged(s, tokens, mentions));
        }
        addOpeningNameParts(text, out);
        List<Tagged> sorted = new ArrayList<>();
        for (Tagged t : out) {
            List<Mention> ms = new ArrayList<>(t.mentions());
            ms.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
            sorted.add(new Tagged(t.sentence(), t.tokens(), List.copyOf(ms)));
        }
        return sorted;
    }

    /**
     * A sentence that opens with a part of a person's full name found elsewhere in the article ("Park
     * menyampaikan...") names that person, though the tagger distrusts sentence-initial capitals.
     */
    private void addOpeningNameParts(String text, List<Tagged> sentences) {
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (Tagged t : sentences) {
            for (Mention m : t.mentions()) {
                String[] p = EntityLinker.nameParts(m.text());
                if (m.type() == EntityType.PER && p.length > 1) parts.addAll(List.of(p));
            }
        }
        for (Tagged t : sentences) {
            if (t.tokens().isEmpty()) continue;
            Span first = t.tokens().get(0);
            String w = first.of(text);
            if (!parts.contains(w) || isCommonWord(w) || t.mentions().stream().anyMatch(m -> m.span().overlaps(first))) continue;
            t.mentions().add(new Mention(first, w, EntityType.PER, null));
        }
    }

    private boolean isCommonWord(String w) {
        return "WORD".equals(model.gazetteer().category(w));
    }

    private static void add(String text, List<Span> tokens, TagChunk c, List<Mention> mentions) {
        Span span = new Span(tokens.get(c.start()).start(), tokens.get(c.end() - 1).end());
        mentions.add(new Mention(span, span.of(text), c.type(), null));
    }

    /**
     * A person's name that opens a sentence loses its first word to the tagger's doubt about sentence-initial
     * capitals ("Kim" in "Kim Jong Un bahkan..."): take it back when it is no ordinary word.
     */
    private TagChunk extended(List<String> words, TagChunk c) {
        if (c.type() != EntityType.PER || c.start() != 1) return c;
        String w = words.get(0);
        if (!Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))) return c;
        String cat = model.gazetteer().category(w);
        return cat == null || cat.equals("GIVEN") ? new TagChunk(0, c.end(), c.type()) : c;
    }

    /** The tagger learned from data that keeps "(AS)" as one token; split "Amerika Serikat ( AS )" in two. */
    private static List<TagChunk> splitAtBrackets(List<String> words, TagChunk c) {
        List<TagChunk> out = new ArrayList<>();
        int start = c.start();
        for (int i = c.start(); i <= c.end(); i++) {
            boolean bracket = i < c.end() && words.get(i).length() == 1 && "()[]".indexOf(words.get(i).charAt(0)) >= 0;
            if (i == c.end() || bracket) {
                if (i > start) out.add(new TagChunk(start, i, c.type()));
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * "Interfax Rusia": a catalog organisation followed by the name of its own country is two names; the
     * token where the country starts, or -1. ("Kementerian Luar Negeri Ukraina" is not split: the catalog's
     * Kementerian Luar Negeri is Indonesia's.)
     */
    private int agencyOfCountry(List<String> words, TagChunk c) {
        for (int cut = c.end() - 1; cut > c.start(); cut--) {
            String head = String.join(" ", words.subList(c.start(), cut));
            String tail = String.join(" ", words.subList(cut, c.end()));
            for (String org : catalog.lookup(head)) {
                Entity o = catalog.get(org);
                if (o.type() != EntityType.ORG || o.country() == null) continue;
                if (catalog.lookup(tail).contains(o.country())) return cut;
            }
        }
        return -1;
    }

    private void addCatalogNames(String text, List<Span> tokens, List<String> words, List<Mention> mentions) {
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            Entity entity = null;
            for (int k = Math.min(words.size(), i + 6); k > i && matched == 0; k--) {
                Span span = new Span(tokens.get(i).start(), tokens.get(k - 1).end());
                String name = span.of(text);
                if (!Character.isUpperCase(name.charAt(0))) continue;
                if (i == 0 && k == 1 && !isAcronym(name) && isCommonWord(name)) continue; // "Antara lain, ..."
                for (String id : catalog.lookup(name)) {
                    Entity e = catalog.get(id);
                    if (writtenAs(e, name)) {
                        matched = k - i;
                        entity = e;
                        break;
                    }
                }
            }
            if (matched == 0) {
                i++;
                continue;
            }
            Span span = new Span(tokens.get(i).start(), tokens.get(i + matched - 1).end());
            if (mentions.stream().noneMatch(m -> m.span().overlaps(span))) {
                mentions.add(new Mention(span, span.of(text), entity.type(), null));
            }
            i += matched;
        }
    }

    /** Case-sensitive: "AS" is the United States, "as" is not; "Antara" the agency, "antara" a preposition. */
    private static boolean writtenAs(Entity e, String name) {
        if (e.name().equals(name)) return true;
        for (String a : e.aliases()) if (a.equals(name)) return true;
        return false;
    }

    private static boolean isAcronym(String name) {
        return name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT));
    }
}
