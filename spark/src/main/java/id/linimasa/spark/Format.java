package id.linimasa.spark;

/** {@code --format}: the module's own, not id.linimasa.app.Format, as the job jar depends on core only, not on app. */
enum Format { text, json }
