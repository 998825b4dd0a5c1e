package id.linimasa;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public data beside the repository ({@code ../shared}), found through the {@code linimasa.root} system
 * property that surefire sets to the repository root. A test that needs it calls {@link #folder} or
 * {@link #seeds}: where ../shared is absent the test is skipped (an assumption, not a failure), where it is
 * present the test runs.
 */
public final class SharedData {

    private SharedData() {
    }

    /** {@code ../shared/relative}, or the calling test is skipped when that folder is not there. */
    public static Path folder(String relative) {
        Path folder = Path.of(System.getProperty("linimasa.root", ".")).resolve("../shared").resolve(relative).normalize();
        Assumptions.assumeTrue(Files.isDirectory(folder), "../shared/" + relative + " is not beside the repository (" + folder + ")");
        return folder;
    }

    /** The five seed pages' folder, {@code ../shared/seeds}. */
    public static Path seeds() {
        return folder("seeds");
    }
}
