package id.linimasa.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which page of a paginated article an address is: "?page=2", "?hal=3", "/page/2", a trailing "/2" after the
 * slug. Every page of one article shares a key (the address without its page marker, scheme, "www.",
 * fragment and tracking parameters); a page without a marker is page 1.
 */
public final class Pagination {

    /** The article an address belongs to and which of its pages it is. */
    public record Part(String key, int number) {
    }

    private static final List<String> PAGE_PARAMS = List.of("page", "p", "hal", "halaman", "pg", "paged", "pagenum", "part");
    private static final Pattern PATH_PAGE = Pattern.compile("/(?:page|halaman|hal)/(\\d{1,2})/?$");
    /** A bare number after a slug ("/harga-beras-naik/2"): ids are longer, so two digits at most. */
    private static final Pattern TRAILING = Pattern.compile("(/[^/]*\\p{L}[^/]*-[^/]*)/(\\d{1,2})/?$");
    private static final int MAX_PAGES = 50;

    private Pagination() {
    }

    /** The part an address names, or null when there is no address or it is not an http(s) one. */
    public static Part of(String url) {
        if (url == null || url.isBlank()) return null;
        URI u;
        try {
            u = new URI(url.trim());
        } catch (URISyntaxException e) {
            return null;
        }
        if (u.getHost() == null || u.getScheme() == null || !u.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) return null;
        int number = 1;
        List<String> kept = new ArrayList<>();
        if (u.getRawQuery() != null) {
            for (String kv : u.getRawQuery().split("&")) {
                if (kv.isEmpty()) continue;
                int eq = kv.indexOf('=');
                String k = (eq < 0 ? kv : kv.substring(0, eq)).toLowerCase(Locale.ROOT);
                String v = eq < 0 ? "" : kv.substring(eq + 1);
                if (PAGE_PARAMS.contains(k) && v.matches("\\d{1,2}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= MAX_PAGES) {
                    number = Integer.parseInt(v);
                } else if (!k.startsWith("utm_") && !k.equals("fbclid") && !k.equals("gclid")) {
                    kept.add(kv);
                }
            }
        }
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        Matcher m = PATH_PAGE.matcher(path);
        if (number == 1 && m.find()) {
            number = Integer.parseInt(m.group(1));
            path = path.substring(0, m.start());
        } else if (number == 1 && (m = TRAILING.matcher(path)).find() && Integer.parseInt(m.group(2)) >= 2 && Integer.parseInt(m.group(2)) <= MAX_PAGES) {
            number = Integer.parseInt(m.group(2));
            path = path.substring(0, m.end(1));
        }
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String key = host + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new Part(key, Math.max(1, number));
    }
}
