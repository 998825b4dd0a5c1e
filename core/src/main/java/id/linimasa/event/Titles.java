package id.linimasa.event;

import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityCatalog;
import id.linimasa.entity.Role;
import id.linimasa.text.WordSet;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a person's title says they act for when the entity stage tied it to nothing: the organisation, state or
 * Indonesian place its last words name ("Juru bicara OPM", "Menteri Pertahanan Iran", "Gubernur Bali"); or a national
 * office named without its state ("Menteri Luar Negeri Retno Marsudi"), Indonesia's unless a state is named with
 * them, as Indonesian news names the state of a foreign office holder.
 */
final class Titles {

    /** First words of national offices. */
    private static final Set<String> NATIONAL = WordSet.of("presiden", "wapres", "menteri", "menlu", "menko", "panglima", "kapolri",
            "dubes", "duta");
    /** How many last words of a title may name what it is of ("Sumber Daya Mineral" names nothing). */
    private static final int TAIL = 3;

    private Titles() {
    }

    /**
     * @param organisationNamed the organisation the article names with given words, or null
     * @return an organisation's or a state's id, or null when the titles say nothing
     */
    static String state(Entity person, UnaryOperator<String> organisationNamed) {
        for (Role r : person.roles()) {
            if (r.title() == null || r.affiliation() != null) continue;
            String[] words = r.title().split(" ");
            for (int n = Math.min(TAIL, words.length - 1); n >= 1; n--) {
                String tail = String.join(" ", Arrays.asList(words).subList(words.length - n, words.length));
                String org = organisationNamed.apply(tail);
                if (org != null) return org;
                String state = EntityCatalog.standard().countryNamed(tail);
                if (state != null) return state;
                if (ActorFinder.HomePlaces.NAMES.contains(tail.toLowerCase(Locale.ROOT))) return ActorFinder.HOME;
            }
        }
        return null;
    }

    /** Whether a title names a president ("Presiden Javier Milei"), not a deputy. */
    static boolean headOfState(Entity person) {
        for (Role r : person.roles()) {
            if (r.title() != null && r.affiliation() == null && r.title().toLowerCase(Locale.ROOT).startsWith("presiden")) return true;
        }
        return false;
    }

    /** Whether a title is a national office, named without what it is of ("Menteri Luar Negeri"). */
    static boolean nationalOffice(Entity person) {
        for (Role r : person.roles()) {
            if (r.title() == null || r.affiliation() != null) continue;
            String[] words = r.title().toLowerCase(Locale.ROOT).split(" ");
            // "Wakil Menteri Luar Negeri": a deputy holds the office's rank
            String first = words[0].equals("wakil") && words.length > 1 ? words[1] : words[0];
            if (NATIONAL.contains(first)) return true;
        }
        return false;
    }
}
