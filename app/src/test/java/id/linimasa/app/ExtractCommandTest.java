package id.linimasa.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsJsonLinesWithTheContractFieldsAndExitsOneWhenSomeFailed() throws Exception {
        Files.writeString(dir.resolve("berita.txt"), String.join("\n",
                "Pelabuhan Baru Mulai Beroperasi, Nelayan Harapkan Harga Ikan Lebih Baik",
                "Rabu, 6 Maret 2024 - 09:10 WIB",
                "SURABAYA, kabarpesisir.com - Pelabuhan perikanan yang baru mulai beroperasi pada Rabu pagi dan para nelayan berharap harga ikan menjadi lebih baik.",
                "Menurut pengelola pelabuhan, kapal yang bersandar sudah mencapai puluhan unit dalam hari pertama dan jumlahnya akan terus bertambah.",
                "Para nelayan mengatakan bahwa fasilitas pendingin di pelabuhan itu akan membantu mereka menjaga mutu tangkapan sebelum dijual ke pasar."));
        Files.createFile(dir.resolve("kosong.html"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        PrintStream oldErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            code = Main.commandLine().execute("extract", dir.toString());
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
        assertThat(code).isEqualTo(Main.SOME_FAILED);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) lines.add(new ObjectMapper().readTree(l));
        assertThat(lines).hasSize(2);
        JsonNode article = lines.get(0);
        List<String> fields = new ArrayList<>();
        for (Iterator<String> it = article.fieldNames(); it.hasNext(); ) fields.add(it.next());
        assertThat(fields).containsExactly("source", "url", "title", "published", "modified", "authors", "editors", "outlet", "dateline",
                "language", "credits", "captions", "text");
        assertThat(article.get("published").asText()).isEqualTo("2024-03-06T09:10+07:00");
        assertThat(article.get("outlet").asText()).isEqualTo("kabarpesisir.com");
        assertThat(article.get("url").isNull()).isTrue();
        JsonNode failure = lines.get(1);
        assertThat(failure.get("source").asText()).endsWith("kosong.html");
        assertThat(failure.get("error").asText()).contains("kosong.html").contains("empty file");
    }
}
