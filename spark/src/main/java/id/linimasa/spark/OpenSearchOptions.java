package id.linimasa.spark;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the indices are: the OpenSearch address and the prefix of the two index names. */
final class OpenSearchOptions {

    @Option(names = "--opensearch", required = true, paramLabel = "URL", description = "OpenSearch address, e.g. http://localhost:9200")
    String url;
    @Option(names = "--index-prefix", defaultValue = "linimasa", paramLabel = "NAME",
            description = "indices NAME-articles and NAME-events (default ${DEFAULT-VALUE})")
    String prefix;

    /** The client for {@code --opensearch}; an address that is not http(s) is a usage error. */
    OpenSearch client(CommandSpec spec) {
        try {
            return new OpenSearch(url);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--opensearch: " + e.getMessage());
        }
    }
}
