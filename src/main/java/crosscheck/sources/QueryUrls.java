package crosscheck.sources;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Fills a source's URL template with search terms, encoded so they can never leave their parameter. */
final class QueryUrls {
    static final String PLACEHOLDER = "{query}";

    private QueryUrls() {
    }

    static boolean takesQuery(String template) {
        return template.contains(PLACEHOLDER);
    }

    static String fill(String template, String terms) {
        // URLEncoder encodes every character that could end a parameter or a path segment (& = ? # / ; % + ')
        String encoded = URLEncoder.encode(terms, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return template.replace(PLACEHOLDER, encoded);
    }
}
