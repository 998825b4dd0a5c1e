package id.linimasa.entity;

import id.linimasa.text.Sentence;
import id.linimasa.text.Span;
import id.linimasa.text.TokenSpans;
import id.linimasa.text.Tokenizer;
import id.linimasa.text.Tokens;
import id.linimasa.text.WordSet;
import id.linimasa.text.WordMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names in an article's sentences: the NER model's chunks, then catalog names the model missed
 * (news agencies, abbreviations such as "Korut"), matched case-sensitively so that ordinary words are not
 * taken for names. Mentions come out unlinked (entity id null), in text order.
 */
public final class NameFinder {

    private final NerModel model;
    private final EntityCatalog catalog;
    private final StateLearner states;
    private final DefinedNames defined;
    /** Lower-cased words that head place and organisation names ("pulau", "penjaga pantai") and the type they give. */
    private final WordMap<EntityType> heads;
    /** Words that open regional names and belong to them ("La Ode", "Lalu", "I Gusti Ngurah"), longest first. */
    private final List<String[]> namePrefixes;
    private final int longestHead, longestPrefix;
    /** The first and the last words of the heads: a phrase that begins or ends with no such word is no head. */
    private final WordSet headStarts;
    private final Set<String> headEnds;
    /** The answers about a word alone that the rules below and {@link StateLearner} ask of every token. */
    private final WordFacts facts = new WordFacts();
    /**
     * Bits of {@link #facts}: the lower-cased word starts a head; the word ends one; it is a name token ({@link
     * #nameToken}); all letters; some letter; a locative; a name particle; a catalog name starts with it; a gazetteer
     * name of several words starts with it or with its lower case; neither the training text nor a list knows it; a
     * regional name prefix ({@link #namePrefixes}) starts with it; its first char is a capital.
     */
    private final int headStart, headEnd, nameWordBit, letters, someLetter, locative, particle, catalogStart, goesOn, unknown, prefixOpening, capitalised;

    public NameFinder(NerModel model, EntityCatalog catalog) {
        this.model = model;
        this.catalog = catalog;
        Map<String, EntityType> h = new HashMap<>();
        for (String w : EntityCatalog.resourceLines("place-heads.txt")) h.put(w.toLowerCase(Locale.ROOT), EntityType.LOC);
        for (String w : EntityCatalog.resourceLines("org-heads.txt")) h.put(w.toLowerCase(Locale.ROOT), EntityType.ORG);
        for (String line : EntityCatalog.resourceLines("name-heads.tsv")) {
            String[] c = line.split("\t");
            h.put(c[1].toLowerCase(Locale.ROOT), EntityType.valueOf(c[0]));
        }
        this.heads = WordMap.copyOf(h);
        List<String[]> prefixes = new ArrayList<>();
        for (String line : EntityCatalog.resourceLines("name-prefixes.txt")) prefixes.add(line.split(" "));
        prefixes.sort((a, b) -> b.length - a.length);
        this.namePrefixes = List.copyOf(prefixes);
        this.longestPrefix = prefixes.isEmpty() ? 0 : prefixes.get(0).length;
        this.longestHead = h.keySet().stream().mapToInt(w -> w.split(" ").length).max().orElse(1);
        this.headStarts = WordSet.copyOf(h.keySet().stream().map(w -> w.split(" ")[0]).toList());
        this.headEnds = WordSet.copyOf(h.keySet().stream().map(w -> w.substring(w.lastIndexOf(' ') + 1)).toList());
        this.headStart = facts.add(w -> headStarts.contains(w.lower));
        this.headEnd = facts.add(w -> headEnds.contains(w.token));
        this.nameWordBit = facts.add(w -> nameToken(w.token));
        this.letters = facts.add(w -> w.token.chars().allMatch(Character::isLetter));
        this.someLetter = facts.add(w -> w.token.chars().anyMatch(Character::isLetter));
        this.locative = facts.add(w -> LOCATIVE.contains(w.token));
        this.particle = facts.add(w -> NAME_PARTICLES.contains(w.token));
        this.catalogStart = facts.add(w -> {
            String key = Gazetteer.key(w.token, w.lower);
            return catalog.continuesKey(key) || !catalog.lookupKey(key).isEmpty();
        });
        this.goesOn = facts.add(w -> model.gazetteer().goesOn(w.lower) || model.gazetteer().goesOn(w.token));
        this.unknown = facts.add(model::unknown);
        Set<String> prefixOpenings = WordSet.copyOf(prefixes.stream().map(p -> p[0]).toList());
        this.prefixOpening = facts.add(w -> prefixOpenings.contains(w.token));
        this.capitalised = facts.add(w -> Character.isUpperCase(w.token.charAt(0)));
        this.states = new StateLearner(catalog, model.gazetteer(), heads.keySet(), facts);
        this.defined = new DefinedNames(catalog, this::headType);
    }

    /**
     * One tokenised sentence (the tokens' offsets, read in place, their text,
     * lower-cased, each token's gazetteer category or null, whether it starts with a capital, and its word's {@link
     * WordFacts} bits: told once, for the many rules that ask) with its names, for the stages that look around a name.
     */
    public record Tagged(Sentence sentence, TokenSpans tokens, List<String> words, String[] lower, String[] category,
                         boolean[] capital, int[] facts, List<Mention> mentions) {
        Tagged withMentions(List<Mention> other) {
            return new Tagged(sentence, tokens, words, lower, category, capital, facts, other);
        }
    }

    /** An article's sentences with their names, and the names it shows to be states the catalog does not know. */
    public record Found(List<Tagged> sentences, Set<String> states) {
    }

    /** {@code datelineEnd}: where the dateline's place opening the text ends ("Kendari (ANTARA) - ..."), 0 when none. */
    public Found find(Tokens all, List<Sentence> sentences, int datelineEnd) {
        String text = all.text();
        List<Tagged> out = new ArrayList<>();
        NerModel.Word[] byId = new NerModel.Word[all.distinct()]; // each distinct token of the article looked up once
        for (Sentence s : sentences) {
            int[] range = all.range(s.span());
            TokenSpans tokens = range == null ? TokenSpans.of(Tokenizer.tokens(text, s.span())) : all.spans(range[0], range[1]);
            NerModel.Word[] known = range == null ? model.words(text, tokens) : model.words(all, range[0], range[1], byId);
            int[] facts = this.facts.of(known);
            String[] texts = new String[tokens.size()];
            boolean[] capital = new boolean[texts.length];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = known[i].token();
                capital[i] = WordFacts.has(facts[i], capitalised); // told by the word's bits, its chars unread
            }
            List<String> words = Arrays.asList(texts);
            NerModel.Reading reading = model.read(known);
            List<Mention> mentions = new ArrayList<>();
            for (TagChunk c : personChunks(words, reading.category(), facts, TagChunk.of(reading.tags()))) {
                for (TagChunk chunk : splitAtBrackets(words, extended(words, reading.category(), facts, c))) {
                    // "Kepresidenan" in "Kepala Staf Kepresidenan Moeldoko": a word that governs states opens no person's name
                    TagChunk part = chunk.type() == EntityType.PER && chunk.end() - chunk.start() > 1 && StateLearner.isCue(reading.lower()[chunk.start()])
                            ? new TagChunk(chunk.start() + 1, chunk.end(), EntityType.PER) : chunk;
                    if (!isName(words, facts, part)) continue;
                    if (part.type() == EntityType.PER && addSplitAtSlash(text, tokens, part, mentions)) continue;
                    int cut = part.end() - part.start() > 1 ? agencyOfCountry(words, part) : -1;
                    if (cut > 0) {
                        add(text, tokens, new TagChunk(part.start(), cut, EntityType.ORG), mentions);
                        add(text, tokens, new TagChunk(cut, part.end(), EntityType.LOC), mentions);
                    } else {
                        add(text, tokens, part, mentions);
                    }
                }
            }
            addCatalogNames(text, tokens, words, reading, facts, mentions);
            addListedPlaces(text, tokens, texts, known, reading, facts, mentions);
            addUnseenPlaces(tokens, words, facts, mentions);
            out.add(new Tagged(s, tokens, words, reading.lower(), reading.category(), capital, facts, mentions));
        }
        for (Tagged t : out) t.mentions().removeIf(m -> QUANTITIES.contains(m.text()) || PRONOUNS.contains(m.text()));
        applyHeads(text, out);
        List<String> bodies = joinBodyNames(text, out);
        joinStatesToBodies(text, out);
        Map<String, EntityType> spelled = defined.join(text, out);
        dropOpeningCommonWords(text, out);
        Set<String> learned = states.learn(text, out);
        Map<String, EntityType> fixed = new HashMap<>(spelled);
        for (String body : bodies) fixed.putIfAbsent(body, EntityType.ORG);
        String dateline = datelinePlace(text, out, datelineEnd);
        if (dateline != null) fixed.putIfAbsent(dateline, EntityType.LOC);
        for (String state : learned) fixed.put(state, EntityType.LOC);
        markStates(text, out, learned);
        splitPlaceFromPerson(text, out);
        for (Tagged t : out) for (Mention m : t.mentions()) if (headType(text, t, m.span()) != null) fixed.put(m.text(), m.type());
        for (String person : addTitledPersons(text, out)) fixed.put(person, EntityType.PER);
        for (String person : agedPersons(text, out)) fixed.put(person, EntityType.PER);
        for (String place : placesAfterLocatives(out)) fixed.putIfAbsent(place, EntityType.LOC);
        for (Tagged t : out) {
            for (Mention m : t.mentions()) if (m.type() != EntityType.ORG && companyTail(m.text())) fixed.put(m.text(), EntityType.ORG); // over a head: "Pantai Indah Group"
        }
        for (String person : addCoordinatedPersons(out)) fixed.putIfAbsent(person, EntityType.PER);
        propagate(text, out, fixed);
        addOpeningNameParts(out);
        // after the other uses of a city's name are found: "Baku tembak" opening a sentence stays the word, and so does
        // every use in an article that never names the city's state ("Lima menteri hadir", "Kabupaten Lima Puluh Kota")
        Map<String, Boolean> stateNamed = new HashMap<>();
        for (Tagged t : out) {
            t.mentions().removeIf(m -> WORD_PLACES.contains(m.text())
                    && (!stateNamed.computeIfAbsent(m.text(), name -> namesStateOf(text, name))
                        || numberFollows(text, m.span())
                        || m.span().start() == t.tokens().start(0) && (!actsNext(t.words(), t.lower()) || writesWord(text, m.text()))));
        }
        List<Tagged> sorted = new ArrayList<>();
        for (Tagged t : out) {
            List<Mention> ms = new ArrayList<>(t.mentions());
            ms.sort((a, b) -> a.span().start() != b.span().start() ? Integer.compare(a.span().start(), b.span().start())
                    : Integer.compare(b.span().end(), a.span().end()));
            // A name is one mention: where rules left two over the same words ("Anna Moneymaker" and
            // "Moneymaker/The New York Times" of a photo credit), the one that starts first stands.
            List<Mention> apart = new ArrayList<>(ms.size());
            for (Mention m : ms) if (apart.isEmpty() || apart.getLast().span().end() <= m.span().start()) apart.add(m);
            sorted.add(t.withMentions(List.copyOf(apart)));
        }
        return new Found(sorted, learned);
    }

    /**
     * The words of a span of sentence t. A span from a token's start to a token's end is cut into the same tokens as
     * the sentence (the tokenizer reads on from each token's start alike), so its words are the sentence's own.
     */
    private static List<String> words(String text, Tagged t, Span span) {
        int from = TokenSearch.startingAt(t, span.start()), to = from;
        while (from >= 0 && to < t.tokens().size() && t.tokens().end(to) <= span.end()) to++;
        if (from >= 0 && to > from && t.tokens().end(to - 1) == span.end()) return t.words().subList(from, to);
        return Tokenizer.tokens(text, span).stream().map(x -> x.of(text)).toList();
    }

    /**
     * {@link #headType(List)} of a span of sentence t. Most spans begin with no head word: told by the first token's
     * capital and lower case, which the sentence keeps, when the span holds that token whole (its first word is then
     * that token, however the span is cut).
     */
    private EntityType headType(String text, Tagged t, Span span) {
        int first = TokenSearch.startingAt(t, span.start());
        if (first >= 0 && t.tokens().end(first) <= span.end() && (!t.capital()[first] || !WordFacts.has(t.facts()[first], headStart))) return null;
        return headType(words(text, t, span));
    }

    /** The type the leading words of a name give it ("Pulau Merant" LOC, "Penjaga Pantai X" ORG), or null. */
    private EntityType headType(List<String> words) {
        if (words.isEmpty() || !Character.isUpperCase(words.get(0).charAt(0))) return null;
        String first = words.get(0);
        if (!headStarts.containsLowerCased(first, 0, first.length())) return null; // every head begins with one of them
        for (int k = Math.min(longestHead, words.size() - 1); k >= 1; k--) {
            EntityType type = headOf(words, 0, k);
            if (type != null && Character.isUpperCase(words.get(0).charAt(0))) return type;
        }
        return null;
    }

    /** The type {@link #heads} gives words [from, to) joined by spaces, lower-cased, or null; an ASCII phrase is looked up with no copy made. */
    private EntityType headOf(List<String> words, int from, int to) {
        WordRun run = new WordRun(words, from, to);
        return run.ascii() ? heads.getAsciiLowerCased(run, 0, run.length(), run.lowerHash()) : heads.get(run.toString().toLowerCase(Locale.ROOT));
    }

    /**
     * A name led by a place or organisation word takes that type ("Port Elira" is no person), and takes in
     * the capitalised head words the tagger left before it ("Penjaga" before "Pantai Varenia").
     */
    private void applyHeads(String text, List<Tagged> sentences) {
        for (Tagged t : sentences) {
            List<Mention> ms = t.mentions();
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                int first = TokenSearch.startingAt(t, m.span().start());
                if (first < 0) continue;
                Span start = m.span();
                for (int before = 1; before < longestHead && first - before >= 0; before++) {
                    Span b = t.tokens().get(first - before);
                    if (!t.capital()[first - before] || overlapsAny(ms, b)) break;
                    if (!WordFacts.has(t.facts()[first - before], headStart)) continue; // every head begins with such a word
                    // the sentence's words are its tokens' text
                    if (headOf(t.words(), first - before, first + 1) != null || headOf(t.words(), first - before, first) != null) start = b;
                }
                Span span = new Span(start.start(), m.span().end());
                EntityType type = headType(text, t, span);
                if (type == null && span.equals(m.span())) type = descriptorType(t, first, m.type());
                if (type != null || !span.equals(m.span())) ms.set(k, new Mention(span, span.of(text), type == null ? m.type() : type, null));
            }
        }
    }

    /**
     * "Kendari (ANTARA) - ...", "Kudus - ...": the dateline's place, which the tagger doubts at the text's start, is a
     * place, unless the catalog knows it as something else (an outlet). Returns its name, or null when there is none.
     */
    private String datelinePlace(String text, List<Tagged> sentences, int datelineEnd) {
        if (datelineEnd == 0 || sentences.isEmpty()) return null;
        Tagged t = sentences.get(0);
        Span span = new Span(0, datelineEnd);
        if (TokenSearch.startingAt(t, 0) != 0 || TokenSearch.covering(t, datelineEnd - 1) < 0) return null;
        String name = span.of(text);
        for (String id : catalog.lookup(name)) if (catalog.get(id).type() != EntityType.LOC) return null;
        List<Mention> ms = t.mentions();
        for (Mention m : ms) if (m.span().overlaps(span) && (!span.contains(m.span()) || m.type() == EntityType.LOC)) return null;
        ms.removeIf(m -> span.contains(m.span()));
        ms.add(new Mention(span, name, EntityType.LOC, null));
        return name;
    }

    /**
     * Bodies' names the tagger cut: a company's legal form and the capitalised words after it ("PT Sorowako Bumi Nikel",
     * tagged "PT Sorowako" + person "Bumi Nikel"); a body led by its head word and "dan" with capitalised ordinary words
     * after it ("Dinas Kelautan dan Perikanan", tagged "Dinas Kelautan" + place "Perikanan"). Returns the names joined.
     */
    private List<String> joinBodyNames(String text, List<Tagged> sentences) {
        List<String> joined = new ArrayList<>();
        for (Tagged t : sentences) {
            List<String> w = t.words();
            for (int i = 0; i + 2 < w.size(); i++) {
                int end = -1, from = i;
                if (t.capital()[i] && EntityStage.COMPANY_FORMS.contains(w.get(i))) {
                    end = i + 1;
                    while (end < w.size() && end - i <= 6 && companyWord(t, end)) end++;
                    if (end - i < 3) end = -1; // one word after the form: the tagger's name stands
                } else if (i > 0 && t.capital()[i + 1] && "dan".equals(w.get(i))) { // the capital first: no word read for most
                    Mention body = mentionEndingAt(t, t.tokens().end(i - 1));
                    if (body == null || body.type() != EntityType.ORG || headType(text, t, body.span()) != EntityType.ORG) continue;
                    if (!catalog.lookup(body.text()).isEmpty()) continue; // "Kementerian Keuangan dan OJK": two bodies
                    end = i + 1;
                    while (end < w.size() && end - i <= 3 && t.capital()[end] && ordinaryOrUnknown(t.category()[end])
                            && !WordFacts.has(t.facts()[end], unknown)) end++; // "... dan Banser": a name no text shows
                    // "... dan Otoritas Jasa Keuangan", "... dan Duta Besar Rusia": another body, office, person or place follows
                    if (end == i + 1 || headType(w.subList(i + 1, end)) != null || end < w.size() && t.capital()[end]
                            && !"LOC".equals(t.category()[end]) && !ordinaryOrUnknown(t.category()[end])) continue;
                    from = TokenSearch.startingAt(t, body.span().start());
                    if (from < 0) continue;
                }
                if (end < 0) continue;
                Span span = new Span(t.tokens().start(from), t.tokens().end(end - 1));
                List<Mention> ms = t.mentions();
                boolean crosses = false;
                for (Mention m : ms) crosses |= m.span().overlaps(span) && !span.contains(m.span());
                if (crosses) continue;
                ms.removeIf(m -> span.contains(m.span()));
                ms.add(new Mention(span, span.of(text), EntityType.ORG, null));
                joined.add(span.of(text));
                i = end - 1;
            }
        }
        return joined;
    }

    /** Whether a token of this gazetteer category is an ordinary word or no listed name ("Perikanan", fisheries). */
    private static boolean ordinaryOrUnknown(String category) {
        return category == null || isCommonWord(category);
    }

    /** A capitalised word of letters that goes on a company's name: no title ("Direktur") and no legal form after it ("Tbk"). */
    private boolean companyWord(Tagged t, int i) {
        return t.capital()[i] && WordFacts.has(t.facts()[i], letters) && !"TITLE".equals(t.category()[i]) && !LEGAL_FORMS.contains(t.words().get(i));
    }

    private static Mention mentionEndingAt(Tagged t, int end) {
        for (Mention m : t.mentions()) if (m.span().end() == end) return m;
        return null;
    }

    /**
     * "Terdakwa Darmawan Saputra" opening a caption: a word the article writes in lower case elsewhere ("kepada
     * terdakwa"), capitalised only because it opens the sentence, is no part of a person's name of three words or more;
     * nor is a word no list knows as a name ("Moderator Anjani Puspitasari") when the article calls the person by the
     * next word alone ("tanya Anjani") and never by that word.
     */
    private void dropOpeningCommonWords(String text, List<Tagged> sentences) {
        for (Tagged t : sentences) {
            if (t.tokens().isEmpty() || t.capital().length < 3 || "GIVEN".equals(t.category()[0])) continue;
            List<Mention> ms = t.mentions();
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                if (m.type() != EntityType.PER || m.span().start() != t.tokens().start(0) || TokenSearch.covering(t, m.span().end() - 1) < 2) continue;
                boolean role = ordinaryOrUnknown(t.category()[0]) && prefixStart(t.words(), t.category(), t.facts(), 1, t.words().size()) == 1
                        && calledBy(sentences, t.words().get(1)) && !calledBy(sentences, t.words().get(0));
                if (!role && !writtenLowerCase(sentences, t.lower()[0])) break;
                Span rest = new Span(t.tokens().start(1), m.span().end());
                ms.set(k, new Mention(rest, rest.of(text), EntityType.PER, null));
            }
        }
    }

    /** Whether the article calls someone by this one word: a person's mention, or a sentence opening with it and a lower-case word. */
    private static boolean calledBy(List<Tagged> sentences, String word) {
        for (Tagged t : sentences) {
            if (t.words().size() > 1 && t.words().get(0).equals(word) && !t.capital()[1]) return true;
            for (Mention m : t.mentions()) if (m.type() == EntityType.PER && m.text().equals(word)) return true;
        }
        return false;
    }

    /**
     * Whether the article writes the word in lower case after some sentence's first token: scanned for, since few
     * sentences open on a long name, and a set of all the article's words cost more than these scans.
     */
    private static boolean writtenLowerCase(List<Tagged> sentences, String lower) {
        for (Tagged t : sentences) {
            for (int i = 1; i < t.words().size(); i++) if (!t.capital()[i] && t.lower()[i].equals(lower)) return true;
        }
        return false;
    }

    /**
     * "Pasukan Bela Diri Maritim Jepang" tagged without its state: a body led by an organisation word takes in the
     * state named right after it, so that it is that state's body.
     */
    private void joinStatesToBodies(String text, List<Tagged> sentences) {
        for (Tagged t : sentences) {
            List<Mention> ms = t.mentions();
            if (!hasType(ms, EntityType.ORG) && !hasType(ms, EntityType.LOC)) continue; // most sentences name no body: no copy to walk
            for (Mention body : List.copyOf(ms)) {
                int first = TokenSearch.startingAt(t, body.span().start());
                int last = TokenSearch.covering(t, body.span().end() - 1);
                // "Polda" + "Sulawesi Selatan", "Kepolisian Daerah" + "Kalimantan Barat", "DPRD" + "Badung": a body's
                // head alone takes in the region after it
                boolean lone = first >= 0 && last >= first && last - first < longestHead && t.tokens().end(last) == body.span().end()
                        && t.capital()[first] && WordFacts.has(t.facts()[first], headStart) && headOf(t.words(), first, last + 1) == EntityType.ORG;
                if (!lone && (body.type() != EntityType.ORG || headType(text, t, body.span()) != EntityType.ORG)) continue;
                if (last < 0 || last + 1 >= t.tokens().size()) continue;
                int next = t.tokens().start(last + 1);
                Mention state = lone ? placeStartingAt(ms, next) : countryStartingAt(ms, next);
                if (state == null) continue;
                Span span = new Span(body.span().start(), state.span().end());
                ms.remove(body);
                ms.remove(state);
                ms.add(new Mention(span, span.of(text), EntityType.ORG, null));
            }
        }
    }

    private static boolean hasType(List<Mention> ms, EntityType type) {
        for (Mention m : ms) if (m.type() == type) return true;
        return false;
    }

    /** The first place starting at the offset, or null. */
    private static Mention placeStartingAt(List<Mention> ms, int start) {
        for (Mention m : ms) if (m.span().start() == start && m.type() == EntityType.LOC) return m;
        return null;
    }

    /** The first mention starting at the offset that names a country, or null. */
    private Mention countryStartingAt(List<Mention> ms, int start) {
        for (Mention m : ms) if (m.span().start() == start && catalog.countryNamed(m.text()) != null) return m;
        return null;
    }

    /**
     * "kantor berita Talmora Press", "di pulau Sendang": a head written in lower case before a name describes
     * it; the type it gives, or null. A word that governs states ("pemerintah X") is left to {@link StateLearner}.
     */
    private EntityType descriptorType(Tagged t, int first, EntityType tagged) {
        List<String> words = t.words();
        if (first < 1 || !WordFacts.has(t.facts()[first - 1], headEnd)) return null; // every phrase tried ends with that word
        EntityType found = null;
        int foundAt = -1;
        String phrase = "";
        for (int k = 1; k <= longestHead && first - k >= 0; k++) {
            String w = words.get(first - k);
            if (!Character.isLowerCase(w.charAt(0))) break;
            phrase = k == 1 ? w : w + " " + phrase;
            EntityType type = heads.get(phrase);
            if (type != null) {
                found = StateLearner.isCue(phrase) ? null : type;
                foundAt = first - k;
            }
        }
        // "Kapten tim Jordi Amarta": after a title, the name the tagger took for a person is the title's holder
        if (tagged == EntityType.PER && foundAt > 0 && "TITLE".equals(t.category()[foundAt - 1])) return null;
        return found;
    }

    private static boolean overlapsAny(List<Mention> ms, Span s) {
        return firstOverlapping(ms, s) >= 0;
    }

    /** The index of the first mention that overlaps the span, or -1. */
    private static int firstOverlapping(List<Mention> ms, Span s) {
        for (int i = 0; i < ms.size(); i++) if (ms.get(i).span().overlaps(s)) return i;
        return -1;
    }

    /**
     * Every use of a learned state is that state: a name of its own where the tagger missed it or took it for
     * a person, split off a person's name of two words or more it was run into ("Varenia Tomas Velkan"); names that merely
     * contain it ("Kementerian Luar Negeri Varenia") stay as they are.
     */
    private static void markStates(String text, List<Tagged> sentences, Set<String> learned) {
        if (learned.isEmpty()) return;
        Set<String> states = WordSet.copyOf(learned); // most tokens asked about are no state: told by its filter
        BitSet lengths = new BitSet(); // tokens of other lengths are no state: no substring for them
        for (String state : states) lengths.set(state.length());
        for (Tagged t : sentences) {
            List<Mention> ms = t.mentions();
            for (int i = 0; i < t.tokens().size(); i++) {
                // the states learned are capitalised ({@link StateLearner#candidate}): other tokens need no look-up
                if (!t.capital()[i] || !lengths.get(t.tokens().end(i) - t.tokens().start(i))) continue;
                String w = t.words().get(i);
                if (!states.contains(w)) continue;
                Span tok = t.tokens().get(i);
                int at = firstOverlapping(ms, tok);
                Mention m = at < 0 ? null : ms.get(at);
                Mention state = new Mention(tok, w, EntityType.LOC, null);
                if (m == null) {
                    ms.add(state);
                } else if (m.span().equals(tok)) {
                    ms.set(at, state);
                } else if (m.type() == EntityType.PER && m.span().start() == tok.start() && Tokenizer.tokens(text, m.span()).size() > 2) {
                    // a person's name of two words or more after the state; "Talmora Press" is no "Press"
                    Span rest = new Span(Tokenizer.tokens(text, m.span()).get(1).start(), m.span().end());
                    ms.set(at, state);
                    ms.add(new Mention(rest, rest.of(text), EntityType.PER, null));
                } else if (m.type() == EntityType.PER && m.span().end() == tok.end()) {
                    // "Menlu Talmora" taken for a person: the title is no name
                    ms.set(at, state);
                }
            }
        }
    }

    /**
     * "Presiden Varenia Tomas Velkan" tagged as one person: the state belongs to the title, not the name.
     * Split a person's leading words off when the article names them alone as a place or organisation
     * elsewhere, or when the catalog knows them as one and a title stands before them (so that a footballer
     * called "Jordan Henderson" keeps his first name).
     */
    private void splitPlaceFromPerson(String text, List<Tagged> sentences) {
        Map<String, EntityType> standalone = new HashMap<>();
        for (Tagged t : sentences) {
            for (Mention m : t.mentions()) if (m.type() != EntityType.PER) standalone.putIfAbsent(m.text(), m.type());
        }
        for (Tagged t : sentences) {
            List<Mention> ms = t.mentions();
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                if (m.type() != EntityType.PER) continue;
                List<Span> parts = Tokenizer.tokens(text, m.span());
                if (parts.size() < 2) continue;
                int before = TokenSearch.startingAt(t, m.span().start()) - 1;
                boolean titled = before >= 0 && "TITLE".equals(t.category()[before]);
                // untitled, only a name of two words or more is split off: "Talmora Press" is no person "Press"
                for (int cut = parts.size() - (titled ? 1 : 2); cut >= 1; cut--) {
                    Span head = new Span(parts.get(0).start(), parts.get(cut - 1).end());
                    String name = head.of(text);
                    EntityType type = standalone.get(name);
                    if (type == null && titled) type = catalogType(name);
                    if (type == null) continue;
                    Span rest = new Span(parts.get(cut).start(), m.span().end());
                    ms.set(k, new Mention(head, name, type, null));
                    ms.add(k + 1, new Mention(rest, rest.of(text), EntityType.PER, null));
                    break;
                }
            }
        }
    }

    /**
     * One name, one type within an article: each name takes the type the tagger gave it most often, and
     * every other occurrence of it that the tagger missed (a word it was unsure of in another context) is
     * added, unless it is part of a longer capitalised name.
     */
    private static void propagate(String text, List<Tagged> sentences, Map<String, EntityType> fixed) {
        Map<String, Named> named = new HashMap<>();
        for (Tagged t : sentences) {
            for (Mention m : t.mentions()) {
                named.computeIfAbsent(m.text(), k -> new Named(new int[TYPES.length], words(text, t, m.span()))).votes()[m.type().ordinal()]++;
            }
        }
        Map<String, EntityType> typeOf = new HashMap<>();
        named.forEach((name, n) -> {
            int[] v = n.votes();
            int best = 0; // a tie goes to the type first declared
            for (int k = 1; k < v.length; k++) if (v[k] > v[best]) best = k;
            typeOf.put(name, TYPES[best]);
        });
        typeOf.putAll(fixed); // a head word or the article's own wording outweighs the tagger's votes
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        for (String name : typeOf.keySet()) {
            if (name.length() <= 2 || !Character.isUpperCase(name.charAt(0))) continue; // a capital: a word at least
            Named n = named.get(name);
            List<String> cut = n == null ? null : n.words();
            String[] words = cut != null ? cut.toArray(String[]::new) : Tokenizer.tokens(name).stream().map(x -> x.of(name)).toArray(String[]::new);
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        for (Tagged t : sentences) {
            List<Mention> ms = t.mentions();
            ms.replaceAll(m -> m.type() == typeOf.get(m.text()) ? m : new Mention(m.span(), m.text(), typeOf.get(m.text()), null));
            TokenSpans tokens = t.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                // names here start with a capital: other tokens need no lookup (nor a substring made for one)
                if (!t.capital()[i]) continue;
                for (String[] name : byFirstWord.getOrDefault(t.words().get(i), List.of())) {
                    int end = i + name.length;
                    if (end > tokens.size() || !matches(t.words(), i, name)) continue;
                    if (i > 0 && t.capital()[i - 1] || end < tokens.size() && t.capital()[end]) continue;
                    Span span = new Span(tokens.start(i), tokens.end(end - 1));
                    int overlapping = 0;
                    boolean inside = true;
                    Mention same = null; // the mention of this very span, mostly the name itself found again
                    for (Mention m : ms) {
                        if (!m.span().overlaps(span)) continue;
                        overlapping++;
                        // "To Vinh" named in full after a title, and the tagger's "Vinh" of "To Vinh memuji": the fuller name wins
                        inside &= span.contains(m.span());
                        if (m.span().equals(span)) same = m;
                    }
                    if (overlapping > 0 && !inside) continue;
                    // the name's text: that mention's when it reads the same, with no substring made
                    String found = same != null && readsAs(text, span, same.text()) ? same.text() : span.of(text);
                    if (overlapping > 0 && !fixed.containsKey(found)) continue;
                    if (overlapping > 0) ms.removeIf(m -> m.span().overlaps(span)); // the overlapping ones, unchanged since
                    ms.add(new Mention(span, found, typeOf.get(found), null));
                }
            }
        }
    }

    private static final EntityType[] TYPES = EntityType.values();

    /** A name's votes for each type, by ordinal, and its words as the sentence it was first found in cut them. */
    private record Named(int[] votes, List<String> words) {
    }

    private static boolean readsAs(String text, Span span, String s) {
        return span.end() - span.start() == s.length() && text.regionMatches(span.start(), s, 0, s.length());
    }

    /** Whether the words from {@code from} on are the name's: the word cache's Strings, mostly the very same ones. */
    private static boolean matches(List<String> words, int from, String[] name) {
        for (int k = 0; k < name.length; k++) if (!words.get(from + k).equals(name[k])) return false;
        return true;
    }

    private EntityType catalogType(String name) {
        for (String id : catalog.lookup(name)) {
            EntityType type = catalog.get(id).type();
            if (type != EntityType.PER) return type;
        }
        return null;
    }

    /**
     * "Sekretaris Jenderal Partai Komunis Vietnam To Lam": words the tagger left out, capitalised, right after a
     * title and the state or body it serves, are the holder's name (two words or more, then a lower-case word).
     * Returns the names added, so that their other uses in the article are found too.
     */
    private List<String> addTitledPersons(String text, List<Tagged> sentences) {
        List<String> added = new ArrayList<>();
        for (Tagged t : sentences) {
            TokenSpans tokens = t.tokens();
            List<Mention> ms = t.mentions();
            for (int k = 0, found = ms.size(); k < found; k++) { // the names added go at the end, and are people
                Mention m = ms.get(k);
                if (m.type() == EntityType.PER) continue;
                int first = TokenSearch.covering(t, m.span().start()), last = TokenSearch.covering(t, m.span().end() - 1);
                if (first < 1 || last < 0 || !titleBefore(t, first)) continue;
                int end = last + 1;
                while (end < tokens.size() && end - last <= 3 && nameWord(t, end)) end++;
                if (end - last - 1 < 2 || end >= tokens.size() || !Character.isLowerCase(text.charAt(tokens.start(end)))) continue;
                Span span = new Span(tokens.start(last + 1), tokens.end(end - 1));
                if (overlapsAny(t.mentions(), span)) continue;
                t.mentions().add(new Mention(span, span.of(text), EntityType.PER, null));
                added.add(span.of(text));
            }
        }
        return added;
    }

    /**
     * "Warsito (60), petani di ...": name words with an age in brackets right after them are a person's name, whether
     * the tagger took them for something else or missed them. Returns those names, so that all their uses are persons.
     */
    private List<String> agedPersons(String text, List<Tagged> sentences) {
        List<String> aged = new ArrayList<>();
        for (Tagged t : sentences) {
            List<String> w = t.words();
            for (int i = 1; i + 2 < w.size(); i++) {
                if (!"(".equals(w.get(i)) || !")".equals(w.get(i + 2)) || !age(w.get(i + 1))) continue;
                int start = i;
                while (start > 0 && i - start < 4 && personWord(t.category(), t.facts(), start - 1)) start--;
                if (start < i - 1 && SPOKEN_HONORIFICS.contains(w.get(start))) start++; // "Mbah Sarinem (82)"
                if (start < i) aged.add(text.substring(t.tokens().start(start), t.tokens().end(i - 1)));
            }
        }
        return aged;
    }

    /** A person's age: one to three digits, at most 120. */
    private static boolean age(String w) {
        if (w.isEmpty() || w.length() > 3) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i))) return false;
        int years = Integer.parseInt(w);
        return years > 0 && years <= 120;
    }

    /** True when the one to three words before token {@code i} are a title ("Presiden", "Sekretaris Jenderal"). */
    private boolean titleBefore(Tagged t, int i) {
        if ("TITLE".equals(t.category()[i - 1])) return true;
        Gazetteer gazetteer = model.gazetteer();
        for (int k = 2; k <= 3 && i - k >= 0; k++) {
            // a title of several words starts with a word that starts a name of several words: no phrase built for others
            if (!WordFacts.has(t.facts()[i - k], goesOn)) continue;
            if ("TITLE".equals(gazetteer.category(String.join(" ", t.words().subList(i - k, i))))) return true;
        }
        return false;
    }

    /** A capitalised word of letters that no list makes a title, place, body or country. */
    private boolean nameWord(Tagged t, int i) {
        if (!t.capital()[i] || !WordFacts.has(t.facts()[i], letters)) return false;
        String category = t.category()[i];
        return category == null || category.equals("GIVEN") || category.equals("PER") || category.equals("WORD");
    }

    /**
     * A sentence that opens with a part of a person's full name found elsewhere in the article ("Park
     * menyampaikan...") names that person, though the tagger distrusts sentence-initial capitals.
     */
    private static void addOpeningNameParts(List<Tagged> sentences) {
        Set<String> parts = new HashSet<>();
        for (Tagged t : sentences) {
            for (Mention m : t.mentions()) {
                if (m.type() != EntityType.PER) continue;
                String[] p = EntityLinker.nameParts(m.text());
                if (p.length > 1) Collections.addAll(parts, p);
            }
        }
        for (Tagged t : sentences) {
            if (t.tokens().isEmpty()) continue;
            Span first = t.tokens().get(0);
            String w = t.words().get(0); // the word cache's String, its hash kept: no substring to hash
            if (!parts.contains(w) || isCommonWord(t.category()[0]) || overlapsAny(t.mentions(), first)) continue;
            t.mentions().add(new Mention(first, w, EntityType.PER, null));
        }
    }

    /**
     * "Dua buruh, Neneng dan Iis, ...": a capitalised word (no acronym) that no list, the tagger's training text nor the
     * article (in lower case) knows, or a given name, alone after a person's name and "dan", is a person too: a short name the tagger doubts. Returns those names, so that all their uses are persons.
     */
    private List<String> addCoordinatedPersons(List<Tagged> sentences) {
        List<String> added = new ArrayList<>();
        for (Tagged t : sentences) {
            List<Mention> ms = t.mentions();
            for (int k = 0, n = ms.size(); k < n; k++) {
                Mention m = ms.get(k);
                if (m.type() != EntityType.PER) continue;
                int last = TokenSearch.covering(t, m.span().end() - 1);
                int name = last + 2;
                if (last < 0 || name >= t.words().size() || !"dan".equals(t.words().get(last + 1))) continue;
                // "Rusdi Hartono dan Jajaran": a word the tagger's training text or the article has as an ordinary word
                boolean named = t.category()[name] != null || WordFacts.has(t.facts()[name], unknown);
                if (!named || COLLECTIVES.contains(t.words().get(name)) || writtenLowerCase(sentences, t.lower()[name]) || !personWord(t.category(), t.facts(), name) || isAcronym(t.words().get(name))
                        || name + 1 < t.words().size() && t.capital()[name + 1]) continue;
                Span span = t.tokens().get(name);
                if (overlapsAny(ms, span)) continue;
                ms.add(new Mention(span, t.words().get(name), EntityType.PER, null));
                added.add(t.words().get(name));
            }
        }
        return added;
    }

    /** Whether a token of this gazetteer category is an ordinary word. */
    private static boolean isCommonWord(String category) {
        return "WORD".equals(category);
    }

    private static void add(String text, TokenSpans tokens, TagChunk c, List<Mention> mentions) {
        Span span = new Span(tokens.start(c.start()), tokens.end(c.end() - 1));
        mentions.add(new Mention(span, span.of(text), c.type(), null));
    }

    /**
     * A person's name that opens a sentence loses its first word to the tagger's doubt about sentence-initial
     * capitals ("Kim" in "Kim Jong Un bahkan..."): take it back when it is no ordinary word.
     */
    private TagChunk extended(List<String> words, String[] category, int[] facts, TagChunk c) {
        if (c.type() != EntityType.PER || c.start() != 1 || falsePrefixLength(words, category, facts, 0, c.end()) > 0) return c;
        String w = words.get(0);
        if (!Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))) return c;
        String cat = category[0];
        if (SPOKEN_HONORIFICS.contains(w) || UNMODELLED_TITLES.contains(w)) return c; // "Mbah Sarinem", "Menkes X" opening a sentence: the person is X
        return cat == null || cat.equals("GIVEN") ? new TagChunk(0, c.end(), c.type()) : c;
    }

    /** Abbreviated honorifics and degrees written before a name ("Ir. Wisnu ...", "Hj. Euis ..."). */
    private static final Set<String> HONORIFICS = WordSet.of("Ir", "Dr", "dr", "Drs", "Dra", "Prof", "H", "Hj", "KH", "Pdt", "Ust");

    /**
     * The tagger's chunks with people's names mended: "untuk Indonesia Choi" (an envoy's posting run into the name) is a
     * state and a person, "Kementerian Ketenagakerjaan Indah Permatasari" a body and a person; a title the tagger took into a name ("Dubes Choi") is left out; a name word it missed between an
     * honorific and the rest ("Ir. Wisnu Adi Prabowo") or a hyphenated given name after it ("Choi Min-seok") is taken in;
     * a one-word name right before another ("Andi Muhammad Ridwan Lamba", tagged as two people), or a pair's first name
     * ending at its slash, is joined to it.
     */
    private List<TagChunk> personChunks(List<String> words, String[] category, int[] facts, List<TagChunk> chunks) {
        List<TagChunk> split = new ArrayList<>();
        for (TagChunk c : chunks) {
            int cut = c.end() - c.start() > 1 && c.start() > 0 && "untuk".equals(words.get(c.start() - 1)) ? stateLength(words, c) : 0;
            int body = cut == 0 && c.type() == EntityType.ORG ? bodyBeforeName(words, category, facts, c) : 0;
            if (cut > 0) {
                split.add(new TagChunk(c.start(), c.start() + cut, EntityType.LOC));
                split.add(new TagChunk(c.start() + cut, c.end(), EntityType.PER));
            } else if (body > 0) {
                split.add(new TagChunk(c.start(), c.start() + body, EntityType.ORG));
                split.add(new TagChunk(c.start() + body, c.end(), EntityType.PER));
            } else {
                split.add(c);
            }
        }
        List<TagChunk> out = new ArrayList<>();
        for (int k = 0; k < split.size(); k++) {
            TagChunk c = split.get(k);
            if (c.type() != EntityType.PER) {
                out.add(c);
                continue;
            }
            int start = c.start(), end = c.end();
            while (end - start > 1 && ("TITLE".equals(category[start]) || SPOKEN_HONORIFICS.contains(words.get(start))
                    || UNMODELLED_TITLES.contains(words.get(start)))) start++;
            int inner = innerPrefix(words, category, facts, start, end);
            if (inner > start) {
                out.add(new TagChunk(start, inner, EntityType.LOC)); // "Bupati Muna La Ode ...": the title's place
                start = inner;
            }
            start += falsePrefixLength(words, category, facts, start, end);
            int prefixed = prefixStart(words, category, facts, start, end);
            if (prefixed < start) {
                // "Universitas Udayana Ida" + "Bagus Gede Mahendra", "Tengku" + "Muhammad Ilyas": the prefix is the person's
                while (!out.isEmpty() && out.getLast().end() > prefixed) {
                    TagChunk last = out.removeLast();
                    if (last.start() < prefixed) out.add(new TagChunk(last.start(), prefixed, last.type()));
                }
                start = prefixed;
            }
            int previousEnd = out.isEmpty() ? 0 : out.getLast().end();
            if (start - 1 > previousEnd && WordFacts.has(facts[start - 1], nameWordBit) && honorificBefore(words, start - 1)) start--;
            if (end < words.size() && WordFacts.has(facts[end], nameWordBit) && words.get(end).indexOf('-') > 0) end++;
            if (end < words.size() && pairToken(words.get(end))) end++; // the tagger's doubt about "Kartika/Dewi"
            int before = wordsBeforeParticle(category, facts, start, previousEnd);
            if (before < start) {
                if (!out.isEmpty() && out.getLast().type() == EntityType.PER && out.getLast().end() > before) before = out.removeLast().start();
                start = before;
            }
            int after = wordsAfterParticle(category, facts, end);
            if (after > end) {
                end = after;
                while (k + 1 < split.size() && split.get(k + 1).start() < end) end = Math.max(end, split.get(++k).end());
            }
            boolean open = end - start == 1 || words.get(end - 1).indexOf('/') > 0; // "Rina Kartika/Dewi" + "Anggraini Siregar"
            if (open && k + 1 < split.size() && split.get(k + 1).type() == EntityType.PER && split.get(k + 1).start() == end) {
                end = split.get(++k).end();
            }
            while (end - start > 1 && SPOKEN_HONORIFICS.contains(words.get(start))) start++; // "Mbah" tagged apart, then joined
            // "Jawa Timur Wahyu Nugroho Adi" tagged from "Nugroho": a given name right before the name, after no other name, opens it
            int previous = out.isEmpty() ? 0 : out.getLast().end();
            if (start - 1 >= previous && start > 1 && end - start < 4 && "GIVEN".equals(category[start - 1]) && WordFacts.has(facts[start - 1], nameWordBit)) start--;
            out.add(new TagChunk(start, end, EntityType.PER));
        }
        return out;
    }

    /**
     * "Kementerian Ketenagakerjaan Indah Permatasari": a body the catalog knows, then a name of two words or more that no
     * list knows as a place, body or word, is the body in a title and its holder; how many words the body takes, or 0.
     */
    private int bodyBeforeName(List<String> words, String[] category, int[] facts, TagChunk c) {
        for (int cut = c.end() - c.start() - 2; cut >= 1; cut--) {
            boolean person = true;
            for (int i = c.start() + cut; i < c.end() && person; i++) {
                person = personWord(category, facts, i);
            }
            if (!person) continue;
            for (String id : catalog.lookup(String.join(" ", words.subList(c.start(), c.start() + cut)))) {
                if (catalog.get(id).type() == EntityType.ORG) return cut;
            }
        }
        return 0;
    }

    /**
     * Titles the tagger's lexicon lacks (title-abbreviations.txt: "Menkes Adiwinata", "Gelandang Rafael ..."): their TITLE
     * category is missing, so the tagger takes them into the name that follows.
     */
    private static final Set<String> UNMODELLED_TITLES = WordSet.copyOf(EntityCatalog.resourceLines("title-abbreviations.txt"));

    /** Kin and religious honorifics spoken before a name and no part of it ("Mbah Sumirah"); titles of the gazetteer aside. */
    private static final Set<String> SPOKEN_HONORIFICS = WordSet.of("Mbah", "Nyai", "TGH");

    /**
     * "La Ode Muhammad Rasyid" tagged from "Muhammad", "Ode Haris" without "La": a regional name prefix ({@code
     * name-prefixes.txt}) written right before a person's name, or begun before it and ending inside it, opens the name;
     * where the name then starts, or {@code start}.
     */
    private int prefixStart(List<String> words, String[] category, int[] facts, int start, int end) {
        boolean some = false; // most names have no word before them that opens a prefix: no prefix compared for them
        for (int i = Math.max(0, start - longestPrefix); i < start && !some; i++) some = WordFacts.has(facts[i], prefixOpening);
        if (!some) return start;
        for (String[] prefix : namePrefixes) {
            for (int from = Math.max(0, start - prefix.length); from < start; from++) {
                int to = from + prefix.length;
                if (to >= end) continue; // the prefix alone is no name here: a name word must follow it
                if (prefixAt(words, prefix, from) && !wordNotPrefix(words, category, from, to, end)) return from;
            }
        }
        return start;
    }

    private static boolean prefixAt(List<String> words, String[] prefix, int from) {
        boolean same = from + prefix.length <= words.size();
        for (int k = 0; k < prefix.length && same; k++) same = words.get(from + k).equals(prefix[k]);
        return same;
    }

    /**
     * "Lalu Jokowi meminta...": a prefix that is also an ordinary word ("lalu" then, "cut") opening the sentence is that
     * word, and no prefix goes before a name the catalog links on its own ("Lalu Anies Baswedan").
     */
    private boolean wordNotPrefix(List<String> words, String[] category, int from, int to, int end) {
        boolean opening = true;
        for (int k = 0; k < from && opening; k++) opening = !Character.isLetterOrDigit(words.get(k).charAt(0));
        if (opening && isCommonWord(category[from])) return true;
        for (String id : catalog.lookup(words.subList(to, end))) if (catalog.get(id).type() == EntityType.PER) return true;
        return false;
    }

    /** "Lalu Jokowi" tagged as one person: the words a false prefix ({@link #wordNotPrefix}) opening the chunk takes, or 0. */
    private int falsePrefixLength(List<String> words, String[] category, int[] facts, int start, int end) {
        if (!WordFacts.has(facts[start], prefixOpening)) return 0;
        for (String[] prefix : namePrefixes) {
            int to = start + prefix.length;
            if (to < end && prefixAt(words, prefix, start)) return wordNotPrefix(words, category, start, to, end) ? prefix.length : 0;
        }
        return 0;
    }

    /** Prefixes that may stand inside a name too ("Rizky Andi Pratama"): no cut before them. */
    private static final Set<String> MIDDLE_PREFIXES = WordSet.of("Andi", "Daeng", "Wan");

    /**
     * "Bupati Muna La Ode Rustam Effendi" tagged as one person: a regional prefix inside the name, after words the place
     * list knows or words right after a title, opens the person's name there; where, or {@code start}.
     */
    private int innerPrefix(List<String> words, String[] category, int[] facts, int start, int end) {
        for (int p = start + 1; p < end - 1; p++) {
            if (!Character.isUpperCase(words.get(p).charAt(0)) || prefixStart(words, category, facts, p + 1, end) != p || MIDDLE_PREFIXES.contains(words.get(p))) continue;
            boolean places = true;
            for (int k = start; k < p && places; k++) places = "LOC".equals(category[k]);
            return places || start > 0 && "TITLE".equals(category[start - 1]) ? p : start;
        }
        return start;
    }

    /** Lower-case particles inside Portuguese, Spanish, Dutch, German and Malay names ("dos Santos", "van der", "bin"). */
    private static final Set<String> NAME_PARTICLES = WordSet.of("da", "das", "de", "del", "della", "do", "dos", "van", "von", "der", "den", "bin", "binti");

    /** A capitalised name word that no list makes a title, place, body or country. */
    private boolean personWord(String[] category, int[] facts, int i) {
        return WordFacts.has(facts[i], nameWordBit) && (category[i] == null || "GIVEN".equals(category[i]) || "PER".equals(category[i]));
    }

    /**
     * "Bendito dos Santos Freitas" tagged from "Santos": particles right before the name and the (up to three) name
     * words before them, not before {@code from}, belong to it; where the name then starts, or {@code start}.
     */
    private int wordsBeforeParticle(String[] category, int[] facts, int start, int from) {
        int p = start;
        while (p - 1 > from && WordFacts.has(facts[p - 1], particle)) p--;
        if (p == start) return start;
        int i = p;
        while (i - 1 >= from && p - i < 3 && personWord(category, facts, i - 1)) i--;
        return i < p ? i : start;
    }

    /** "Lula da Silva" tagged as "Lula": particles after the name and the name words after them; where it then ends, or {@code end}. */
    private int wordsAfterParticle(String[] category, int[] facts, int end) {
        int p = end;
        while (p < facts.length && WordFacts.has(facts[p], particle)) p++;
        if (p == end) return end;
        int i = p;
        while (i < facts.length && i - p < 3 && personWord(category, facts, i)) i++;
        return i > p ? i : end;
    }

    /** How many leading words of the chunk name a state the catalog knows ("Indonesia" of "Indonesia Choi"), or 0. */
    private int stateLength(List<String> words, TagChunk c) {
        for (int cut = c.end() - c.start() - 1; cut >= 1; cut--) {
            for (String id : catalog.lookup(String.join(" ", words.subList(c.start(), c.start() + cut)))) {
                if (id.length() == 3 && id.chars().allMatch(Character::isUpperCase)) return cut;
            }
        }
        return 0;
    }

    /** A capitalised word of letters (and a hyphen, "Min-seok"): what a name is made of. */
    private static boolean nameToken(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-');
    }

    /** "Kartika/Dewi": the end of one name and the start of the next, as a pair of people is written. */
    private static boolean pairToken(String w) {
        int slash = w.indexOf('/');
        return slash > 0 && slash + 1 < w.length() && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(slash + 1))
                && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '/');
    }

    /** Whether an honorific ("Ir.", "Hj") stands right before token {@code i}. */
    private static boolean honorificBefore(List<String> words, int i) {
        if (i < 1) return false;
        String w = words.get(i - 1);
        if (w.equals(".") && i >= 2) w = words.get(i - 2);
        return HONORIFICS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    /** A company's legal form written after its name ("PT Pertamina (Persero)", "Tbk"): part of no name of its own. */
    private static final Set<String> LEGAL_FORMS = WordSet.of("Persero", "Tbk");

    /** Whether a chunk can be a name: it has a letter ("Sukardi (41)" leaves "41"), and is no company's legal form. */
    private boolean isName(List<String> words, int[] facts, TagChunk c) {
        if (c.end() - c.start() == 1 && LEGAL_FORMS.contains(words.get(c.start()))) return false;
        for (int i = c.start(); i < c.end(); i++) if (WordFacts.has(facts[i], someLetter)) return true;
        return false;
    }

    /**
     * "Anisa Rahmadani/Grace Natalia Tampubolon": a pair (a doubles team, two authors) written with a slash inside one
     * token is two people; adds both and returns true, or returns false when no slash stands before a capital.
     */
    private static boolean addSplitAtSlash(String text, TokenSpans tokens, TagChunk c, List<Mention> mentions) {
        int from = tokens.start(c.start()), to = tokens.end(c.end() - 1);
        int slash = text.indexOf('/', from);
        if (slash < 0 || slash >= to - 1 || slash == from || !Character.isUpperCase(text.charAt(slash + 1))
                || !Character.isLetter(text.charAt(slash - 1))) return false;
        for (Span s : List.of(new Span(from, slash), new Span(slash + 1, to))) mentions.add(new Mention(s, s.of(text), EntityType.PER, null));
        return true;
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
            String head = String.join(" ", words.subList(c.start(), cut)), tail = null; // the tail only once an agency is found
            for (String org : catalog.lookup(head)) {
                Entity o = catalog.get(org);
                if (o.type() != EntityType.ORG || o.country() == null) continue;
                if (tail == null) tail = String.join(" ", words.subList(cut, c.end()));
                if (catalog.lookup(tail).contains(o.country())) return cut;
            }
        }
        return -1;
    }

    private void addCatalogNames(String text, TokenSpans tokens, List<String> words, NerModel.Reading reading, int[] facts, List<Mention> mentions) {
        String[] lower = reading.lower(), category = reading.category();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            Entity entity = null;
            // most words start no catalog name: told by their bit, with no key made
            boolean capital = WordFacts.has(facts[i], catalogStart) && Character.isUpperCase(words.get(i).charAt(0));
            // the longest catalog name from here, extended only while some catalog name goes on
            for (int k = i + 1; capital && k <= Math.min(words.size(), i + 6); k++) {
                String key = k == i + 1 ? Gazetteer.key(words.get(i), lower[i]) : Gazetteer.key(words.subList(i, k));
                String name = k == i + 1 ? words.get(i) : new Span(tokens.start(i), tokens.end(k - 1)).of(text);
                // "Antara lain, ...", "Baku tembak terjadi ...": an ordinary word opening the sentence
                boolean skip = i == 0 && k == 1 && !isAcronym(name)
                        && (WORD_PLACES.contains(name) ? !actsNext(words, lower) || writesWord(text, name) : isCommonWord(category[0]));
                for (String id : skip ? List.<String>of() : catalog.lookupKey(key)) {
                    Entity e = catalog.get(id);
                    if (writtenAs(e, name)) {
                        matched = k - i;
                        entity = e;
                        break;
                    }
                }
                if (!catalog.continuesKey(key)) break;
            }
            if (matched == 0) {
                i++;
                continue;
            }
            Span span = new Span(tokens.start(i), tokens.end(i + matched - 1));
            if (mentions.stream().noneMatch(m -> m.span().overlaps(span))) {
                mentions.add(new Mention(span, span.of(text), entity.type(), null));
            }
            i += matched;
        }
    }

    /**
     * "Ketua KPU Jawa Timur Wahyu ...": a place of several words from the place list, written capitalised, that the tagger
     * missed or took only part of, is that place. The gazetteer's tags are the tagger's, found again only where it
     * read other tokens.
     */
    private void addListedPlaces(String text, TokenSpans tokens, String[] words, NerModel.Word[] known, NerModel.Reading reading, int[] facts,
                                 List<Mention> mentions) {
        boolean some = false; // most sentences hold no word that starts a listed name of several words: nothing to do for them
        for (int i = 0; i < words.length && !some; i++) some = WordFacts.has(facts[i], goesOn) && WordFacts.has(facts[i], capitalised);
        if (!some) return;
        String[] tags = reading.names() != null ? reading.names() : model.gazetteerTags(known, known.length);
        for (int i = 0; i < tags.length; i++) {
            if (!"B-LOC".equals(tags[i])) continue;
            int end = i + 1;
            while (end < tags.length && "I-LOC".equals(tags[end])) end++;
            boolean allCapital = end - i > 1;
            for (int k = i; k < end && allCapital; k++) allCapital = WordFacts.has(facts[k], capitalised);
            if (!allCapital) continue;
            Span span = new Span(tokens.start(i), tokens.end(end - 1));
            Mention person = givenNamesAfter(text, tokens, words, span, mentions);
            boolean free = true;
            for (Mention m : mentions) free &= !m.span().overlaps(span) || span.contains(m.span()) && m.type() == EntityType.LOC;
            if (!free) continue;
            mentions.removeIf(m -> span.contains(m.span()));
            mentions.add(new Mention(span, span.of(text), EntityType.LOC, null));
            if (person != null) mentions.add(person);
            i = end - 1;
        }
    }

    /**
     * "Nusa Tenggara Barat Wahyu" tagged a place before the person "Sapta Nugraha": the given names the tagger ran into a
     * listed place belong to the person right after them. Takes both out of the mentions and returns the person whole,
     * or returns null and leaves the mentions as they are.
     */
    private Mention givenNamesAfter(String text, TokenSpans tokens, String[] words, Span place, List<Mention> mentions) {
        Mention run = null;
        for (Mention m : mentions) if (m.type() == EntityType.LOC && m.span().start() == place.start() && m.span().end() > place.end()) run = m;
        if (run == null) return null;
        int k = 0;
        while (k < tokens.size() && tokens.start(k) < place.end()) k++;
        int first = k;
        for (; k < tokens.size() && tokens.end(k) <= run.span().end(); k++) {
            if (!"GIVEN".equals(model.gazetteer().category(words[k]))) return null;
        }
        if (k == first || k >= tokens.size()) return null;
        int after = tokens.start(k);
        Mention next = null;
        for (Mention m : mentions) if (m.type() == EntityType.PER && m.span().start() == after) next = m;
        if (next == null) return null;
        mentions.remove(run);
        mentions.remove(next);
        Span span = new Span(tokens.start(first), next.span().end());
        return new Mention(span, span.of(text), EntityType.PER, null);
    }

    /** Words of quantity that open a sentence capitalised ("Ratusan pendukung ..."): no name. */
    /** Groups a report names after a person and "dan" ("Kapolda ... dan Jajaran"), capitalised as if a name. */
    private static final Set<String> COLLECTIVES = WordSet.of("Jajaran", "Rombongan", "Staf", "Tim", "Keluarga", "Pasukan", "Kru", "Pengurus");

    private static final Set<String> QUANTITIES = WordSet.of("Ratusan", "Ribuan", "Puluhan", "Belasan", "Jutaan", "Sejumlah",
            "Beberapa", "Seluruh", "Semua", "Sebagian", "Para");
    /** Pronouns written with a capital ("Apa langkah Anda?"): no names. */
    private static final Set<String> PRONOUNS = WordSet.of("Anda", "Beliau");
    /** Words after which a name is where something is or goes, never who: "di Poso", "ke Poso". */
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("di", "ke", "menuju");

    /**
     * "dikerahkan ke Poso", "ditangkap di Lima": a one-word name right after "di" or "ke" that the tagger took for a
     * person, or for a body no list knows (not an acronym: "ke KPK" is the body's office), is a place, unless it is part
     * of a person's fuller name in the article or the tagger finds it elsewhere, not after such a word, as who. Returns
     * those names, so that all their uses are places.
     */
    private List<String> placesAfterLocatives(List<Tagged> sentences) {
        List<String> found = new ArrayList<>();
        Set<String> asWho = new HashSet<>(), personParts = new HashSet<>();
        for (Tagged t : sentences) {
            for (Mention m : t.mentions()) {
                if (m.type() == EntityType.LOC) continue;
                if (m.type() == EntityType.PER) {
                    String[] p = EntityLinker.nameParts(m.text());
                    if (p.length > 1) personParts.addAll(List.of(p));
                }
                if (m.text().indexOf(' ') >= 0) continue;
                int at = TokenSearch.startingAt(t, m.span().start());
                // "mengadu ke Dedi ... Dedi berjanji": a name also used as who, not after a locative, stays a person or body
                if (at <= 0 || !PLACE_PREPOSITIONS.contains(t.words().get(at - 1))) asWho.add(m.text());
                // "ke Polda": a head word alone names the body the sentence has in mind, no place
                else if (m.type() != EntityType.ORG || !isAcronym(m.text()) && catalog.lookup(m.text()).isEmpty() && !heads.containsKey(t.lower()[at])) found.add(m.text());
            }
        }
        found.removeIf(name -> asWho.contains(name) || personParts.contains(name));
        return found;
    }

    /**
     * Last words of companies' and bodies' names in English: "Al Safwa Capital", "Lion Group", "Global Fund", "World Food
     * Programme", "Australian Fisheries Management Authority" name no person or place.
     */
    private static final Set<String> COMPANY_TAILS = WordSet.of("Capital", "Group", "Holdings", "Holding", "Corporation", "Corp",
            "Inc", "Ltd", "Limited", "Company", "Airlines", "Airways", "Investment", "Investments", "Partners", "Ventures", "Foundation",
            "Authority", "Fund", "Programme", "Organization", "Organisation", "Agency", "Council", "Commission", "Center", "Centre",
            "Institute", "Association", "Committee", "Command", "Federation", "Alliance", "Network", "Society", "Watch", "Shipping",
            "Board", "Forum", "Bank", "Bureau", "Secretariat", "Tribunal", "Court", "University", "Party", "Front", "Movement");

    /** Whether a name of two words or more ends in a company's or body's word. */
    static boolean companyTail(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && COMPANY_TAILS.contains(name.substring(space + 1));
    }

    /** Places whose names are ordinary Indonesian words too: "Baku" (standard; "baku tembak", a gunfight), "Lima" (five). */
    private static final Set<String> WORD_PLACES = WordSet.of("Baku", "Lima");
    /** Words that follow a sentence's subject before its verb ("Lima telah menolak ..."). */
    private static final Set<String> AUXILIARIES = WordSet.of("telah", "akan", "juga", "tidak", "belum", "sudah", "pun", "kembali", "segera", "masih", "langsung");

    /** Whether the text writes the name as an ordinary word somewhere ("... dalam baku tembak ..."). */
    private static boolean writesWord(String text, String name) {
        return writesName(text, name.toLowerCase(Locale.ROOT));
    }

    /** Number words that make "Lima" a count: "Lima Puluh Kota", "lima belas". */
    private static final Set<String> NUMBER_TAILS = WordSet.of("puluh", "belas", "ratus", "ribu", "juta");

    /** Whether a number word follows the span ("Lima Puluh Kota"). */
    private static boolean numberFollows(String text, Span span) {
        int from = span.end();
        while (from < text.length() && text.charAt(from) == ' ') from++;
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) to++;
        return to > from && NUMBER_TAILS.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
    }

    /** Whether the text names, by any of its catalog names, the state whose city this name is ("Peru" for "Lima"). */
    private boolean namesStateOf(String text, String city) {
        for (String id : catalog.lookup(city)) {
            Entity place = catalog.get(id);
            if (place.type() != EntityType.LOC || place.country() == null || place.country().equals(id)) continue;
            Entity state = catalog.get(place.country());
            if (state == null) continue;
            for (String alias : state.aliases()) if (writesName(text, alias)) return true;
        }
        return false;
    }

    /** Whether the text holds the name as whole words, in its own case. */
    private static boolean writesName(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) return true;
        }
        return false;
    }

    /**
     * Whether the sentence's second word tells that its first is the subject acting: an active verb ("Baku menangguhkan",
     * "Lima menolak") or an auxiliary; a count or a compound ("Lima orang", "Lima ditangkap", "Baku tembak") does not.
     */
    private static boolean actsNext(List<String> words, String[] lower) {
        if (words.size() < 2) return false;
        String next = lower[1];
        return AUXILIARIES.contains(next) || next.length() > 5 && (next.startsWith("me") || next.startsWith("ber"));
    }

    /** Words after which an unseen capitalised word is where something happens: "dekat Oskarvik". */
    private static final Set<String> LOCATIVE = WordSet.of("di", "ke", "dari", "dekat", "menuju", "sekitar", "perairan", "wilayah", "kawasan");

    /**
     * A capitalised word the tagger left out, that neither the training text nor any list has seen, standing
     * alone after a locative word: an unknown place ("terlihat dekat Oskarvik sebelum...").
     */
    private void addUnseenPlaces(TokenSpans tokens, List<String> words, int[] facts, List<Mention> mentions) {
        for (int i = 1; i < words.size(); i++) {
            // the cheap test first: few words are capitalised, told by the word's bits with its chars unread
            if (!WordFacts.has(facts[i], capitalised) || !WordFacts.has(facts[i - 1], locative) || !model.unseenCapitalised(words, i, WordFacts.has(facts[i], unknown))) continue;
            if (i + 1 < words.size() && WordFacts.has(facts[i + 1], capitalised)) continue;
            Span span = tokens.get(i);
            if (!overlapsAny(mentions, span)) mentions.add(new Mention(span, words.get(i), EntityType.LOC, null));
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
