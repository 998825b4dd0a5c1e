package id.linimasa.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The word lists bundled beside the classes that use them: one entry a line, "#" comments and blank lines skipped. */
public final class ResourceLines {

    private ResourceLines() {
    }

    /** The stripped non-comment, non-blank lines of the resource {@code name} in the package of {@code beside}. */
    public static List<String> beside(Class<?> beside, String name) {
        String path = beside.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = beside.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + path + " is missing");
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("resource " + path + ": " + e.getMessage(), e);
        }
    }
}
