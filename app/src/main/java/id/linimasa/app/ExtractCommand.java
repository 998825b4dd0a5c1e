package id.linimasa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.linimasa.extract.Article;
import id.linimasa.extract.ArticleExtractor;
import id.linimasa.extract.PublicationTime;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.page.Page;
import id.linimasa.page.PageFailure;
import id.linimasa.page.PageReader;
import id.linimasa.page.PageSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.nio.charset.StandardCharsets;

/** {@code linimasa extract PATH...}: clean articles as JSON Lines (or text), no corpus. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts clean articles from pages (HTML or text dumps, files or folders, optionally gzipped) and prints one per line.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<String> paths;

    @Option(names = "--format", defaultValue = "json", description = "json (JSON Lines, default) or text.")
    Format format;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        ArticleExtractor extractor = new ArticleExtractor();
        int[] failed = {0};
        new PageReader().read(paths, new PageSink() {
            @Override
            public void page(Page page) {
                try {
                    print(out, extractor.extract(page));
                } catch (UnreadablePageException e) {
                    failure(new PageFailure(page.source(), page.source() + ": " + e.getMessage()));
                } catch (RuntimeException e) {
                    failure(new PageFailure(page.source(), page.source() + ": extraction failed (" + e + ")"));
                }
            }

            @Override
            public void failure(PageFailure f) {
                failed[0]++;
                System.err.println("linimasa: " + f.reason());
                if (format == Format.json) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("source", f.source());
                    o.put("error", f.reason());
                    out.println(o);
                } else {
                    out.println("== " + f.source() + "\nerror: " + f.reason() + "\n");
                }
                out.flush();
            }
        });
        out.flush();
        return failed[0] == 0 ? Main.OK : Main.SOME_FAILED;
    }

    private void print(PrintWriter out, Article a) {
        if (format == Format.json) {
            out.println(json(a));
        } else {
            out.println("== " + a.source());
            line(out, "id", a.id());
            line(out, "url", a.url());
            line(out, "title", a.title());
            line(out, "published", iso(a.published()));
            line(out, "modified", iso(a.modified()));
            line(out, "authors", String.join("; ", a.authors()));
            line(out, "editors", String.join("; ", a.editors()));
            line(out, "outlet", a.outlet());
            line(out, "dateline", a.dateline());
            line(out, "language", a.language());
            line(out, "credits", String.join("; ", a.credits()));
            for (String c : a.captions()) line(out, "caption", c);
            out.println();
            out.println(a.text());
            out.println();
        }
        out.flush();
    }

    /** Exactly the fields the extract contract names, nulls included. */
    static ObjectNode json(Article a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("published", iso(a.published()));
        o.put("modified", iso(a.modified()));
        a.authors().forEach(o.putArray("authors")::add);
        a.editors().forEach(o.putArray("editors")::add);
        o.put("outlet", a.outlet());
        o.put("dateline", a.dateline());
        o.put("language", a.language());
        a.credits().forEach(o.putArray("credits")::add);
        a.captions().forEach(o.putArray("captions")::add);
        o.put("text", a.text());
        return o;
    }

    private static String iso(PublicationTime t) {
        return t == null ? null : t.iso();
    }

    private static void line(PrintWriter out, String key, String value) {
        if (value != null && !value.isEmpty()) out.println(key + ": " + value);
    }
}
