package id.linimasa.entity;

/**
 * Receives a token's contextual features, each a prefix and one to three parts joined by '|', so that
 * training can collect them as strings and tagging can hash them without building the strings.
 */
interface FeatureSink {

    void add(String prefix, String part);

    void add(String prefix, String a, String b);

    void add(String prefix, String a, String b, String c);
}
