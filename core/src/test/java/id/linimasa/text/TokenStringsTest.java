package id.linimasa.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenStringsTest {

    @Test
    void articlesWithTheSameWordShareItsStringAndLowerCase() {
        Tokens first = Tokens.of("Warga Desa Sukamaju menanam padi."), second = Tokens.of("Panen padi di Sukamaju melimpah, kata Warga.");
        assertThat(second.text(second.id(3))).isEqualTo("Sukamaju").isSameAs(first.text(first.id(2)));
        assertThat(second.lower(second.id(7))).isEqualTo("warga").isSameAs(first.lower(first.id(0)));
    }

    @Test
    void aFullTableKeepsNoMore() {
        TokenStrings strings = new TokenStrings(2);
        for (String w : new String[]{"satu", "dua", "tiga", "dua"}) {
            char[] c = w.toCharArray();
            if (strings.get(c, 0, c.length, w.hashCode()) == null) strings.put(new TokenStrings.Entry(w, w, w.hashCode()));
        }
        assertThat(strings.size()).isEqualTo(2);
        assertThat(strings.get("tiga".toCharArray(), 0, 4, "tiga".hashCode())).isNull();
        assertThat(strings.get("xduax".toCharArray(), 1, 4, "dua".hashCode()).text()).isEqualTo("dua");
    }
}
