package id.linimasa.app.web;

import id.linimasa.Analysis;
import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityType;
import id.linimasa.entity.Mention;
import id.linimasa.entity.Role;
import id.linimasa.event.Event;
import id.linimasa.event.EventDate;
import id.linimasa.event.EventStatus;
import id.linimasa.event.Plover;
import id.linimasa.event.Precision;
import id.linimasa.extract.Article;
import id.linimasa.quote.Quote;
import id.linimasa.text.Sentence;
import id.linimasa.text.SentenceSplitter;
import id.linimasa.text.Span;
import id.linimasa.time.Timex;
import id.linimasa.time.TimexType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test fixture that annotates the example corpus (the fictional Varenia-Talmora story) from a fixed list of
 * its names, dates and trigger words, so that the API and page tests check the server and the page over a
 * real corpus, not the quality of the analysis stages (which have their own tests).
 */
final class StoryAnnotator {

    private record Name(String surface, String id, EntityType type, String name, String state) {
    }

    private static final List<Name> NAMES = List.of(
            new Name("Penjaga Pantai Varenia", "org:penjaga_pantai_varenia", EntityType.ORG, "Penjaga Pantai Varenia", "loc:varenia"),
            new Name("Talmora Press", "org:talmora_press", EntityType.ORG, "Talmora Press", null),
            new Name("VNA", "org:vna", EntityType.ORG, "VNA", null),
            new Name("Varenia", "loc:varenia", EntityType.LOC, "Varenia", "loc:varenia"),
            new Name("Talmora", "loc:talmora", EntityType.LOC, "Talmora", "loc:talmora"),
            new Name("Indonesia", "IDN", EntityType.LOC, "Indonesia", "IDN"),
            new Name("Kastelburg", "loc:kastelburg", EntityType.LOC, "Kastelburg", null),
            new Name("Port Elira", "loc:port_elira", EntityType.LOC, "Port Elira", null),
            new Name("Jakarta", "loc:jakarta", EntityType.LOC, "Jakarta", null),
            new Name("Selat Nerida", "loc:selat_nerida", EntityType.LOC, "Selat Nerida", null),
            new Name("Aurel Vastan", "per:aurel_vastan", EntityType.PER, "Aurel Vastan", "loc:varenia"),
            new Name("Vastan", "per:aurel_vastan", EntityType.PER, "Aurel Vastan", "loc:varenia"),
            new Name("Tomas Velkan", "per:tomas_velkan", EntityType.PER, "Tomas Velkan", "loc:varenia"),
            new Name("Velkan", "per:tomas_velkan", EntityType.PER, "Tomas Velkan", "loc:varenia"),
            new Name("Erik Sandor", "per:erik_sandor", EntityType.PER, "Erik Sandor", "loc:varenia"),
            new Name("Idris Halvorsen", "per:idris_halvorsen", EntityType.PER, "Idris Halvorsen", "loc:talmora"),
            new Name("Halvorsen", "per:idris_halvorsen", EntityType.PER, "Idris Halvorsen", "loc:talmora"),
            new Name("Nadia Kerrow", "per:nadia_kerrow", EntityType.PER, "Nadia Kerrow", "loc:talmora"),
            new Name("Kerrow", "per:nadia_kerrow", EntityType.PER, "Nadia Kerrow", "loc:talmora"),
            new Name("Oskar Lindahl", "per:oskar_lindahl", EntityType.PER, "Oskar Lindahl", "loc:talmora"),
            new Name("Lindahl", "per:oskar_lindahl", EntityType.PER, "Oskar Lindahl", "loc:talmora"),
            new Name("Hendra Wiratama", "per:hendra_wiratama", EntityType.PER, "Hendra Wiratama", "IDN"),
            new Name("Wiratama", "per:hendra_wiratama", EntityType.PER, "Hendra Wiratama", "IDN"),
            new Name("Joren Akasi", "per:joren_akasi", EntityType.PER, "Joren Akasi", "loc:talmora"),
            new Name("Rina Maharani", "per:rina_maharani", EntityType.PER, "Rina Maharani", null));

    private record Trigger(Pattern words, Plover type, String mode) {
    }

    private static final List<Trigger> TRIGGERS = List.of(
            new Trigger(Pattern.compile("\\b(menandatangani|meneken|diteken)\\b"), Plover.AGREE, "sign"),
            new Trigger(Pattern.compile("\\bmenahan\\b"), Plover.COERCE, "seize"),
            new Trigger(Pattern.compile("\\b(menuding|menuduh)\\b"), Plover.ACCUSE, null),
            new Trigger(Pattern.compile("\\bmengancam\\b"), Plover.THREATEN, null),
            new Trigger(Pattern.compile("\\bmenolak\\b"), Plover.REJECT, null),
            new Trigger(Pattern.compile("\\bmengirim surat\\b"), Plover.CONSULT, "letter"),
            new Trigger(Pattern.compile("\\b(menjatuhkan sanksi|melarang)\\b"), Plover.SANCTION, null),
            new Trigger(Pattern.compile("\\b(menemui|mengunjungi)\\b"), Plover.CONSULT, "visit"),
            new Trigger(Pattern.compile("\\bbertemu\\b"), Plover.CONSULT, "meet"),
            new Trigger(Pattern.compile("\\bmembebaskan\\b"), Plover.CONCEDE, "release"),
            new Trigger(Pattern.compile("\\bmengirim bantuan\\b"), Plover.AID, null));

    private static final String[] MONTHS = {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
            "oktober", "november", "desember"};
    private static final String[] DAYS = {"senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"};
    private static final Pattern NUMERIC = Pattern.compile("\\((\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?\\)");
    private static final Pattern WRITTEN = Pattern.compile("(?i)\\b(\\d{1,2}) (" + String.join("|", MONTHS) + ") (\\d{4})\\b");
    private static final Pattern YEAR = Pattern.compile("\\bpada (\\d{4})\\b");
    private static final Pattern DAY_NAME = Pattern.compile("(?i)\\b(?:pada (?:hari )?)(" + String.join("|", DAYS) + ")\\b(?![,(])");
    private static final Pattern YESTERDAY = Pattern.compile("\\bkemarin\\b");
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"”]{10,}?)[,.]?[\"”],? (?:kata|ujar|tulis|tutur)(?:nya)? ([A-Z][\\p{L}.]+(?: [A-Z][\\p{L}]+)*)?");

    /** A title right before a person's name ("Menteri Luar Negeri Talmora Nadia Kerrow"). */
    private static final Pattern ROLE = Pattern.compile("(Presiden|Perdana Menteri|Menteri Luar Negeri|Duta Besar)(?: (Varenia|Talmora))? $");

    private StoryAnnotator() {
    }

    static Analysis annotate(Article article) {
        Analysis a = new SentenceSplitter().apply(Analysis.of(article));
        String text = a.text();
        LocalDate published = article.published() == null ? null : article.published().date();

        List<Mention> mentions = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        boolean[] taken = new boolean[text.length()];
        for (Name n : NAMES) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(n.surface()) + "\\b").matcher(text);
            while (m.find()) {
                if (taken[m.start()] || taken[m.end() - 1]) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                mentions.add(new Mention(new Span(m.start(), m.end()), m.group(), n.type(), n.id()));
                entities.putIfAbsent(n.id(), new Entity(n.id(), n.type(), n.name(), List.of(), null, List.of()));
                Matcher title = ROLE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
                if (n.type() == EntityType.PER && title.find()) {
                    int at = Math.max(0, m.start() - 40);
                    Role role = new Role(title.group(1), title.group(2) == null ? n.state() : "loc:" + title.group(2).toLowerCase(Locale.ROOT),
                            new Span(at + title.start(1), at + title.end(1)));
                    Entity e = entities.get(n.id());
                    if (!e.roles().contains(role)) {
                        List<Role> roles = new ArrayList<>(e.roles());
                        roles.add(role);
                        entities.put(n.id(), new Entity(e.id(), e.type(), e.name(), e.aliases(), e.country(), roles));
                    }
                }
            }
        }
        mentions.sort(Comparator.comparingInt(x -> x.span().start()));
        a = a.withEntities(mentions, List.copyOf(entities.values()));

        List<Timex> timexes = new ArrayList<>();
        if (published != null) {
            for (Matcher m = NUMERIC.matcher(text); m.find(); ) {
                int year = m.group(3) == null ? published.getYear() : Integer.parseInt(m.group(3));
                timexes.add(timex(text, m.start(), m.end(), LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))).toString()));
            }
            for (Matcher m = WRITTEN.matcher(text); m.find(); ) {
                int month = List.of(MONTHS).indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
                timexes.add(timex(text, m.start(), m.end(), LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))).toString()));
            }
            for (Matcher m = YEAR.matcher(text); m.find(); ) timexes.add(timex(text, m.start(1), m.end(1), m.group(1)));
            for (Matcher m = YESTERDAY.matcher(text); m.find(); ) timexes.add(timex(text, m.start(), m.end(), published.minusDays(1).toString()));
            for (Matcher m = DAY_NAME.matcher(text); m.find(); ) {
                DayOfWeek day = DayOfWeek.of(List.of(DAYS).indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1);
                LocalDate d = published;
                while (d.getDayOfWeek() != day) d = d.minusDays(1);
                timexes.add(timex(text, m.start(1), m.end(1), d.toString()));
            }
        }
        timexes.sort(Comparator.comparingInt(x -> x.span().start()));
        a = a.withTimexes(dropOverlaps(timexes));

        List<Quote> quotes = new ArrayList<>();
        for (Matcher m = QUOTE.matcher(text); m.find(); ) {
            Mention speaker = m.group(2) == null ? null : mentionAt(mentions, m.start(2));
            quotes.add(new Quote(new Span(m.start(1), m.end(1)), m.group(1), true,
                    speaker == null ? null : speaker.span(), speaker == null ? null : speaker.text(),
                    speaker == null ? null : speaker.entityId(), null));
        }
        a = a.withQuotes(quotes);

        List<Event> events = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            String sentence = s.span().of(text);
            for (Trigger t : TRIGGERS) {
                Matcher m = t.words().matcher(sentence);
                if (!m.find()) continue;
                Set<String> actors = new LinkedHashSet<>();
                for (Mention mention : mentions) {
                    if (!s.span().contains(mention.span())) continue;
                    NAMES.stream().filter(n -> n.id().equals(mention.entityId()) && n.state() != null).findFirst().ifPresent(n -> actors.add(n.state()));
                }
                if (actors.isEmpty()) continue;
                Timex when = a.timexes().stream().filter(x -> s.span().contains(x.span()) && x.value().length() >= 4).findFirst().orElse(null);
                EventDate date = when == null ? null : new EventDate(when.value(), Precision.ofValue(when.value()), when.span());
                List<String> all = List.copyOf(actors);
                Span trigger = new Span(s.span().start() + m.start(), s.span().start() + m.end());
                events.add(new Event(t.type(), t.mode(), all.subList(0, 1), all.subList(1, all.size()), null, date, s.span(), trigger, 0.9,
                        EventStatus.ASSERTED, s.caption()));
                break;
            }
        }
        return a.withEvents(events);
    }

    private static Timex timex(String text, int start, int end, String value) {
        return new Timex(new Span(start, end), text.substring(start, end), TimexType.DATE, value);
    }

    private static List<Timex> dropOverlaps(List<Timex> sorted) {
        List<Timex> out = new ArrayList<>();
        for (Timex t : sorted) if (out.isEmpty() || !out.getLast().span().overlaps(t.span())) out.add(t);
        return out;
    }

    private static Mention mentionAt(List<Mention> mentions, int start) {
        return mentions.stream().filter(m -> m.span().start() == start).findFirst().orElse(null);
    }
}
