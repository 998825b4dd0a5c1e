package id.linimasa.timeline;

import id.linimasa.event.Event;
import id.linimasa.event.EventDate;
import id.linimasa.event.EventStatus;
import id.linimasa.event.Plover;
import id.linimasa.event.Precision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the events that several reports tell into one event each. Two reports tell the same event when
 * they have the same PLOVER type and a compatible mode (a visit is a meeting; a letter is not), share
 * actors (both sides for meetings and agreements, source and target for directed events) and give
 * compatible dates: the same date told more or less precisely ("2019", "2019-04-26"), or days a little apart from the
 * event's most precise report, a disagreement kept visible: at most {@value #STORY_DISAGREEMENT_DAYS} days when another
 * article of the report's story already tells the event (one happening, told with a wrong date), at most
 * {@value #CROSS_STORY_DAYS} when all its articles are of other stories (the story linker is a heuristic, and a time
 * zone or "kemarin" shifts a date by one; two meetings of the same states days apart are two events), and
 * {@value #DISAGREEMENT_DAYS} within one article or where stories are not known. A report that gives no date joins a
 * matching event dated within the {@value #RECENT_DAYS} days before its article appeared: news tells of
 * what just happened, when it is of the event's story (where stories are known). A report that does not name who acted (and, for a type done to someone, to whom) is
 * evidence for an event other reports name, never a row of its own. Only what the text asserts or reports as fact is merged: negated, planned and
 * hypothetical events are not timeline facts.
 */
public final class EventMerger {

    public static final int DISAGREEMENT_DAYS = 2;
    public static final int STORY_DISAGREEMENT_DAYS = 7;
    public static final int CROSS_STORY_DAYS = 1;

    /** The story of each article, or null where it is not known. */
    @FunctionalInterface
    public interface Stories {
        Stories UNKNOWN = articleId -> null;

        String of(String articleId);
    }

    private final Stories stories;

    /** A merger for articles whose stories are not known. */
    public EventMerger() {
        this(Stories.UNKNOWN);
    }

    public EventMerger(Stories stories) {
        this.stories = stories;
    }
    public static final int RECENT_DAYS = 7;

    private static final Comparator<Report> MOST_PRECISE_FIRST = Comparator
            .comparing((Report r) -> r.event().date().precision(), Comparator.reverseOrder())
            .thenComparing(r -> r.event().date().timexSpan() == null)
            .thenComparing(r -> r.event().caption())
            .thenComparing(r -> -r.event().confidence());

    /** The real events that the reports ({@link Report#of} each article's events) tell, each with all its reports. */
    public List<MergedEvent> mergeReports(Collection<Report> reports) {
        // reports that only join an event others tell: undated ones, and those that do not name its actors
        List<Report> dated = new ArrayList<>(), joining = new ArrayList<>();
        for (Report r : reports) {
            if (!counts(r)) continue;
            if (joinsOnly(r)) joining.add(r);
            else dated.add(r);
        }
        dated.sort(MOST_PRECISE_FIRST);
        // only reports of one type can tell the same event: compare within a type, not across the corpus
        Map<Plover, List<List<Report>>> byType = new EnumMap<>(Plover.class);
        List<List<Report>> clusters = new ArrayList<>();
        for (Report r : dated) {
            List<List<Report>> ofType = byType.computeIfAbsent(r.event().type(), t -> new ArrayList<>());
            List<Report> home = ofType.stream().filter(c -> belongs(c, r, stories)).findFirst().orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                ofType.add(home);
                clusters.add(home);
            }
            home.add(r);
        }
        for (Report r : joining) {
            byType.getOrDefault(r.event().type(), List.of()).stream().filter(c -> joins(c, r, stories)).findFirst().ifPresent(c -> c.add(r));
        }
        return clusters.stream().map(EventMerger::merged).toList();
    }

    /** Whether a report can be a timeline fact at all: told as fact or as reported, and not dated after its article. */
    public static boolean counts(Report r) {
        Event e = r.event();
        if (e.status() != EventStatus.ASSERTED && e.status() != EventStatus.REPORTED) return false;
        return e.date() == null || !afterPublication(r);
    }

    /** An undated report, or one that does not name who acted: it joins an event others tell, never starts one. */
    public static boolean joinsOnly(Report r) {
        return r.event().date() == null || !r.event().identified();
    }

    /**
     * Whether a dated, identified report tells the event of {@code cluster}: its date agrees with the cluster's most
     * precise report, and every member tells the same event (a report with a stateless side would otherwise chain
     * two events together).
     */
    public static boolean belongs(List<Report> cluster, Report r, Stories stories) {
        Report anchor = anchor(cluster);
        return anchor != null && datesAgree(anchor, r, allowedDisagreement(cluster, r, stories)) && cluster.stream().filter(o -> !joinsOnly(o)).allMatch(o -> sameEvent(o, r));
    }

    /** Whether a report that only joins ({@link #joinsOnly}) joins the event of {@code cluster}. */
    public static boolean joins(List<Report> cluster, Report r, Stories stories) {
        Report anchor = anchor(cluster);
        return anchor != null && sameEvent(anchor, r)
                && (r.event().date() == null ? recent(anchor, r) && storyShared(cluster, r, stories) : datesAgree(anchor, r, allowedDisagreement(cluster, r, stories)));
    }

    /** The cluster's most precise dated, identified report, which new reports are compared with; null when it has none. */
    public static Report anchor(List<Report> cluster) {
        return cluster.stream().filter(r -> !joinsOnly(r)).min(MOST_PRECISE_FIRST).orElse(null);
    }

    /**
     * What identifies the actors of an event across articles ({@link #sameEvent} needs one in common): the states,
     * and the family names of the people named.
     */
    public static Set<String> actorKeys(Report r) {
        Set<String> k = new HashSet<>(r.derived().sourceKeys());
        k.addAll(r.derived().targetKeys());
        return k;
    }

    /** A report dating an event after its own article appeared has misread a date. */
    private static boolean afterPublication(Report r) {
        return r.published() != null && DateRange.of(r.event().date().value()).first().isAfter(r.published());
    }

    static boolean sameEvent(Report a, Report b) {
        Event x = a.event(), y = b.event();
        if (x.type() != y.type() || !modesAgree(x, y)) return false;
        Set<String> xs = a.derived().sourceKeys(), xt = a.derived().targetKeys();
        Set<String> ys = b.derived().sourceKeys(), yt = b.derived().targetKeys();
        if (symmetric(x)) {
            // each side of one report is found on either side of the other, as far as both name sides
            List<Set<String>> sx = sides(xs, xt), sy = sides(ys, yt);
            long found = sx.stream().filter(side -> sy.stream().anyMatch(other -> overlap(side, other))).count();
            return found > 0 && found >= Math.min(sx.size(), sy.size());
        }
        boolean src = overlap(xs, ys), tgt = overlap(xt, yt);
        // a side tied to no state (a vessel, an unplaced person or body) cannot disagree with one that is
        boolean srcOk = src || xs.isEmpty() || ys.isEmpty() || stateless(x.sources()) || stateless(y.sources());
        boolean tgtOk = tgt || xt.isEmpty() || yt.isEmpty() || stateless(x.targets()) || stateless(y.targets());
        return srcOk && tgtOk && (src || tgt);
    }

    /** Actors the entity stage tied to no state: their ids are people's or bodies' own. */
    private static boolean stateless(List<String> states) {
        return !states.isEmpty() && states.stream().allMatch(id -> id.startsWith("per:") || id.startsWith("org:"));
    }

    private static List<Set<String>> sides(Set<String> source, Set<String> target) {
        List<Set<String>> out = new ArrayList<>();
        if (!source.isEmpty()) out.add(source);
        if (!target.isEmpty()) out.add(target);
        return out;
    }

    /** Meetings, calls, agreements and cooperation have no direction worth keeping apart; letters, aid and attacks do. */
    private static boolean symmetric(Event e) {
        return e.type() == Plover.AGREE || e.type() == Plover.COOPERATE
                || e.type() == Plover.CONSULT && !"letter".equals(e.mode());
    }

    private static boolean modesAgree(Event x, Event y) {
        return x.mode() == null || y.mode() == null || modeGroup(x.mode()).equals(modeGroup(y.mode()));
    }

    private static String modeGroup(String mode) {
        return mode.equals("visit") || mode.equals("meet") ? "in person" : mode.equals("agree") ? "sign" : mode;
    }

    private static boolean datesAgree(Report a, Report b, int allowedDays) {
        String x = a.event().date().value(), y = b.event().date().value();
        if (DateRange.nested(x, y)) return true;
        if (x.length() < 10 || y.length() < 10) return false;
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(x), LocalDate.parse(y))) <= allowedDays;
    }

    /**
     * Whether an undated report may join: its story is one of the event's, or stories are not known. An undated
     * sentence of another story ("Seoul menggelar rapat darurat" two days after a meeting in Tokyo) tells its own event.
     */
    private static boolean storyShared(List<Report> cluster, Report r, Stories stories) {
        String story = stories.of(r.articleId());
        if (story == null) return true;
        for (Report o : cluster) {
            String other = stories.of(o.articleId());
            if (other == null || other.equals(story)) return true;
        }
        return false;
    }

    /**
     * How many days {@code r}'s date may be from the event's: the most any dated report of {@code cluster} allows
     * (another article of r's story, not only the anchor's, makes it one happening); see the class comment.
     */
    private static int allowedDisagreement(List<Report> cluster, Report r, Stories stories) {
        String story = stories.of(r.articleId());
        int days = 0;
        for (Report o : cluster) {
            if (joinsOnly(o)) continue;
            String other = stories.of(o.articleId());
            int allowed = o.articleId().equals(r.articleId()) || story == null || other == null ? DISAGREEMENT_DAYS
                    : story.equals(other) ? STORY_DISAGREEMENT_DAYS : CROSS_STORY_DAYS;
            days = Math.max(days, allowed);
        }
        return days;
    }

    /** The dated event happened in the days before the undated report's article appeared. */
    private static boolean recent(Report dated, Report undated) {
        LocalDate published = undated.published();
        if (published == null) return false;
        DateRange range = DateRange.of(dated.event().date().value());
        return !range.first().isAfter(published) && !range.last().isBefore(published.minusDays(RECENT_DAYS));
    }

    private static boolean overlap(Set<String> a, Set<String> b) {
        for (String s : a) if (b.contains(s)) return true;
        return false;
    }

    /** The date most articles support, as precisely as they give it; the dates that disagree with it. */
    public static MergedEvent merged(List<Report> reports) {
        List<Report> dated = reports.stream().filter(r -> r.event().date() != null).toList();
        EventDate best = null;
        long bestSupport = -1;
        for (Report r : dated) {
            String v = r.event().date().value();
            long support = dated.stream().filter(o -> DateRange.nested(v, o.event().date().value()))
                    .map(Report::articleId).distinct().count();
            if (support > bestSupport || support == bestSupport && v.length() > best.value().length()) {
                best = r.event().date();
                bestSupport = support;
            }
        }
        String chosen = best.value();
        List<String> others = dated.stream().map(r -> r.event().date().value())
                .filter(v -> !DateRange.nested(v, chosen)).distinct().sorted().toList();
        Report lead = dated.stream().filter(r -> r.event().date().value().equals(chosen))
                .min(Comparator.comparing((Report r) -> r.event().status() != EventStatus.ASSERTED)
                        .thenComparing(r -> r.event().caption())
                        .thenComparing(r -> -r.event().confidence())
                        .thenComparing(r -> r.event().sourceEntities().equals(r.event().sources()))).orElseThrow();
        return new MergedEvent(reports, new EventDate(chosen, Precision.ofValue(chosen), best.timexSpan()), others, lead);
    }
}
