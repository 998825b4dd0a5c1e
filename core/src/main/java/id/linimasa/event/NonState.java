package id.linimasa.event;

import id.linimasa.entity.Entity;
import id.linimasa.entity.EntityType;
import id.linimasa.text.ResourceLines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Organisations that act for no state ({@code non-state.txt}): parties, companies, unions, armed groups, sports
 * federations. The entity catalog gives many of them a country (Hamas, PSSI); their acts are still their own.
 */
final class NonState {

    private static final Set<String> HEADS = new HashSet<>(), WORDS = new HashSet<>(), IDS = new HashSet<>();
    private static final List<String> EXCEPTIONS = new ArrayList<>();
    /** What parts a name into words ({@code String.split} compiles a pattern of two characters on every call). */
    private static final Pattern SEPARATORS = Pattern.compile("[ -]");

    static {
        for (String line : ResourceLines.beside(NonState.class, "non-state.txt")) {
            if (line.startsWith("head ")) HEADS.add(line.substring(5).trim());
            else if (line.startsWith("word ")) WORDS.add(line.substring(5).trim());
            else if (line.startsWith("not ")) EXCEPTIONS.add(line.substring(4).trim() + " ");
            else IDS.add(line);
        }
    }

    private NonState() {
    }

    /** Whether the entity is an organisation that acts for no state. */
    static boolean organisation(Entity e) {
        if (e.type() != EntityType.ORG) return false;
        if (IDS.contains(e.id())) return true;
        String name = e.name().toLowerCase(Locale.ROOT) + " ";
        int space = name.indexOf(' ');
        if (HEADS.contains(name.substring(0, space)) && EXCEPTIONS.stream().noneMatch(name::startsWith)) return true;
        for (String w : SEPARATORS.split(name)) if (WORDS.contains(w)) return true;
        return false;
    }
}
