package id.linimasa.entity;

import id.linimasa.text.Sentence;
import id.linimasa.text.Span;
import id.linimasa.text.TokenSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RoleFinderTest {

    /** The sentence cut into words and punctuation, with the given words tagged as names of the given types. */
    private static NameFinder.Tagged tagged(String text, Object... names) {
        List<Span> tokens = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}+|\\S").matcher(text);
        while (m.find()) {
            tokens.add(new Span(m.start(), m.end()));
            words.add(m.group());
        }
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < names.length; i += 3) {
            int start = text.indexOf((String) names[i]);
            mentions.add(new Mention(new Span(start, start + ((String) names[i]).length()), (String) names[i],
                    (EntityType) names[i + 1], (String) names[i + 2]));
        }
        String[] lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        boolean[] capital = new boolean[words.size()];
        for (int i = 0; i < capital.length; i++) capital[i] = Character.isUpperCase(words.get(i).charAt(0));
        return new NameFinder.Tagged(new Sentence(new Span(0, text.length()), false), TokenSpans.of(tokens), words, lower,
                new String[words.size()], capital, new int[words.size()], mentions); // RoleFinder asks no word facts
    }

    @Test
    void aMinistrysFieldTakenForAPlaceIsTheCataloguedMinistryAndTheTitleDropsItsAbbreviation() {
        String text = "Menteri Pekerjaan Umum (PU) dan Perumahan Rakyat Agus Salim meninjau bendungan baru.";
        NameFinder.Tagged s = tagged(text, "Perumahan Rakyat", EntityType.LOC, null, "Agus Salim", EntityType.PER, "per:agus_salim");
        Role role = new RoleFinder(EntityCatalog.standard()).find(text, s, 1, Mention::entityId);
        assertThat(role.affiliation()).isEqualTo(EntityCatalog.standard().lookup("Kementerian Pekerjaan Umum").getFirst());
        assertThat(role.title()).isEqualTo("Menteri Pekerjaan Umum dan Perumahan Rakyat");
    }
}
