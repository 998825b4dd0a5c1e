package id.linimasa.eval;

import id.linimasa.extract.PublicationTime;
import id.linimasa.text.Span;
import id.linimasa.time.Timex;
import id.linimasa.time.TimexType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A TimeML document: its creation time (the DCT's TIMEX3 with functionInDocument="CREATION_TIME"), the text
 * inside {@code <TEXT>} with every tag removed, and the gold TIMEX3s as spans into that text. Other TimeML
 * tags (EVENT, SIGNAL...) are read through and dropped.
 */
public record TimeMlDocument(String name, PublicationTime created, String text, List<Timex> gold) {

    /** Reads a .tml file; a file that is not usable TimeML raises an IOException saying why. */
    public static TimeMlDocument read(Path file) throws IOException {
        Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
        Element dct = doc.selectFirst("TIMEX3[functionInDocument=CREATION_TIME]");
        if (dct == null) dct = doc.selectFirst("DCT TIMEX3");
        if (dct == null) throw new IOException("no TIMEX3 with functionInDocument=\"CREATION_TIME\"");
        PublicationTime created = creationTime(dct.attr("value"));
        if (created == null) throw new IOException("creation time \"" + dct.attr("value") + "\" is not an ISO date");
        Element body = doc.selectFirst("TEXT");
        if (body == null) throw new IOException("no <TEXT> element");
        StringBuilder text = new StringBuilder();
        List<Timex> gold = new ArrayList<>();
        walk(body, text, gold);
        return new TimeMlDocument(file.getFileName().toString(), created, text.toString(), gold);
    }

    /** An ISO date or date-time, or the basic forms older corpora use (19980108, 19980108T1529). */
    private static PublicationTime creationTime(String value) {
        String v = value.trim();
        if (v.matches("\\d{8}(T.*)?")) v = v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6, 8);
        try {
            return PublicationTime.parse(v);
        } catch (RuntimeException e) {
            try {
                return v.length() >= 10 ? PublicationTime.ofDate(LocalDate.parse(v.substring(0, 10))) : null;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }

    private static void walk(Node node, StringBuilder text, List<Timex> gold) throws IOException {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (child instanceof Element e) {
                int start = text.length();
                walk(e, text, gold);
                if (e.tagName().equalsIgnoreCase("TIMEX3")) {
                    TimexType type;
                    try {
                        type = TimexType.valueOf(e.attr("type").toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException bad) {
                        throw new IOException("TIMEX3 \"" + e.text() + "\" has type \"" + e.attr("type") + "\"");
                    }
                    gold.add(new Timex(new Span(start, text.length()), text.substring(start), type, e.attr("value")));
                }
            }
        }
    }

    /** This document as TimeML with the given expressions (spans into {@link #text()}) as its TIMEX3s. */
    public String toTimeMl(List<Timex> timexes) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n<DOCID>")
                .append(escape(name.replaceFirst("\\.tml$", ""))).append("</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"")
                .append(created.time() == null ? "DATE" : "TIME").append("\" value=\"").append(created.iso())
                .append("\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">").append(created.iso())
                .append("</TIMEX3></DCT>\n<TEXT>");
        int at = 0;
        int id = 1;
        for (Timex t : timexes) {
            if (t.span().start() < at) continue;
            out.append(escape(text.substring(at, t.span().start())))
                    .append("<TIMEX3 tid=\"t").append(id++).append("\" type=\"").append(t.type())
                    .append("\" value=\"").append(escape(t.value())).append("\">")
                    .append(escape(t.span().of(text))).append("</TIMEX3>");
            at = t.span().end();
        }
        return out.append(escape(text.substring(at))).append("</TEXT>\n</TimeML>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
