package id.linimasa.event;

import id.linimasa.text.Span;
import id.linimasa.text.Tokens;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CueTest {

    private static List<Words.Word> words(String text) {
        return new Words(Tokens.of(text)).in(new Span(0, text.length()));
    }

    @Test
    void aWordCarriesTheListsThatHoldItsLowerCase() {
        List<Words.Word> w = words("Para Menteri dan pejabat tinggi, kata juru bicara itu.");
        for (Cue list : List.of(ActorFinder.OFFICIALS, ActorFinder.ADVERBS, ActorFinder.ASIDES, ActorFinder.WHEN, EventDater.RIGHT_AFTER)) {
            for (Words.Word word : w) assertThat(list.in(word)).as(word.lower()).isEqualTo(list.contains(word.lower()));
        }
        assertThat(ActorFinder.OFFICIALS.in(w.get(1))).isTrue(); // "Menteri", as "menteri"
        assertThat(ActorFinder.OFFICIALS.in(w.get(2))).isFalse();
    }

    @Test
    void aWordCutFromATokenGetsItsBitsToo() {
        String text = "setinggi langit dan Presiden";
        List<Words.Word> cut = new Words(Tokens.of(text)).in(new Span(2, text.length()));
        assertThat(cut.getFirst().lower()).isEqualTo("tinggi");
        assertThat(ActorFinder.OFFICIALS.in(cut.getFirst())).isTrue();
        assertThat(ActorFinder.OFFICIALS.in(cut.get(1))).isFalse();
        assertThat(ActorFinder.OFFICIALS.in(cut.getLast())).isTrue();
    }

    @Test
    void aListMadeOnceTheBitsAreFixedIsRefused() {
        words("dan");
        assertThatThrownBy(() -> Cue.of("sesudahnya")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after the words' bits were fixed");
    }

    /** A list kept by a class missing from the owners would work or throw depending on which class loads first. */
    @Test
    void everyClassThatKeepsCueListsIsAnOwner() throws Exception {
        Path dir = Path.of(Cue.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(Cue.class.getPackageName().replace('.', '/'));
        List<Field> lists = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = Cue.class.getPackageName() + "." + f.getFileName().toString().replace(".class", "");
                // not initialised: loading a class here must not make its lists
                Class<?> c = Class.forName(name, false, Cue.class.getClassLoader());
                for (Field field : c.getDeclaredFields()) {
                    if (field.getType() == Cue.class && Modifier.isStatic(field.getModifiers())) lists.add(field);
                }
            }
        }
        assertThat(lists).as("cue lists found").hasSizeGreaterThan(1);
        for (Field field : lists) assertThat(Cue.OWNERS).as(field.toString()).contains(field.getDeclaringClass());
    }
}
