package crosscheck.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata a page declares about its article: Open Graph and other meta tags, JSON-LD (schema.org Article and
 * its kinds, also inside {@code @graph}), {@code <link rel=canonical>}, {@code <time>} and byline markup. Read from
 * the page before any cleaning. Thread-safe (immutable once read).
 */
final class PageMetadata {
    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final int MAX_JSON_LD_CHARS = 2_000_000;
    private static final int MAX_BYLINE_CHARS = 120;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+|\\s+::\\s+");
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?))?");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by|von|par|por|door)\\s+");

    final String title;
    final String byline;
    final String published;
    final String outlet;
    final String canonicalUrl;
    /** The JSON-LD articleBody, or null when the page has none. */
    final String jsonLdBody;

    private PageMetadata(String title, String byline, String published, String outlet, String canonicalUrl,
                         String jsonLdBody) {
        this.title = title;
        this.byline = byline;
        this.published = published;
        this.outlet = outlet;
        this.canonicalUrl = canonicalUrl;
        this.jsonLdBody = jsonLdBody;
    }

    static PageMetadata read(Document page) {
        JsonLdArticle jsonLd = JsonLdArticle.find(page);
        Map<String, String> tags = metaTags(page);
        String outlet = firstPresent(meta(tags, "og:site_name"), jsonLd.publisher, meta(tags, "application-name"));
        String title = cleanTitle(firstPresent(meta(tags, "og:title"), jsonLd.headline, meta(tags, "twitter:title"),
                h1(page), page.title()), outlet);
        String byline = firstPresent(personName(meta(tags, "author")), jsonLd.author,
                personName(meta(tags, "article:author")), personName(meta(tags, "parsely-author")),
                personName(meta(tags, "sailthru.author")), personName(meta(tags, "dc.creator")),
                bylineInPage(page));
        String published = firstPresent(isoDate(meta(tags, "article:published_time")), isoDate(jsonLd.datePublished),
                isoDate(meta(tags, "og:published_time")), isoDate(meta(tags, "datePublished")),
                isoDate(meta(tags, "parsely-pub-date")), isoDate(meta(tags, "sailthru.date")),
                isoDate(meta(tags, "dc.date")), isoDate(meta(tags, "date")), timeInPage(page));
        String canonical = firstPresent(httpUrl(absoluteHref(page, "link[rel~=(?i)^canonical$]")),
                httpUrl(absolute(page, meta(tags, "og:url"))), httpUrl(jsonLd.url));
        return new PageMetadata(title, byline, published, outlet, canonical, jsonLd.articleBody);
    }

    // ---- meta tags ------------------------------------------------------------------------------------------

    private static String meta(Map<String, String> tags, String key) {
        return tags.get(key);
    }

    /** The page's meta tags by lower-cased property, name or itemprop; the first of each wins. */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> tags = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String name = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name")
                    : meta.attr("itemprop");
            String content = clean(meta.attr("content"));
            if (!name.isEmpty() && content != null) {
                tags.putIfAbsent(name.toLowerCase(Locale.ROOT), content);
            }
        }
        return tags;
    }

    private static String h1(Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : clean(h1.text());
    }

    private static String absoluteHref(Document page, String query) {
        Element link = page.selectFirst(query);
        return link == null ? null : clean(link.absUrl("href"));
    }

    private static String absolute(Document page, String url) {
        if (url == null) {
            return null;
        }
        Element anchor = page.createElement("a").attr("href", url);
        anchor.setBaseUri(page.location());
        String absolute = anchor.absUrl("href");
        return absolute.isEmpty() ? url : absolute;
    }

    private static String httpUrl(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
    }

    private static String bylineInPage(Document page) {
        for (Element candidate : page.select("[rel=author], [itemprop=author], .byline, .author, .author-name, "
                + "[class*=byline], .article-author")) {
            Element name = candidate.selectFirst("[itemprop=name]");
            String text = personName((name == null ? candidate : name).text());
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static String timeInPage(Document page) {
        for (Element time : page.select("time[datetime], [itemprop=datePublished]")) {
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
            String iso = isoDate(value);
            if (iso != null) {
                return iso;
            }
        }
        return null;
    }

    /** A person's name as text: not a URL, not a paragraph, without a leading "By". */
    static String personName(String raw) {
        String text = clean(raw);
        if (text == null || text.startsWith("http://") || text.startsWith("https://") || text.startsWith("www.")) {
            return null;
        }
        text = BY_PREFIX.matcher(text).replaceFirst("").strip();
        if (text.isEmpty() || text.length() > MAX_BYLINE_CHARS) {
            return null;
        }
        return text;
    }

    // ---- titles ---------------------------------------------------------------------------------------------

    /** The title without a trailing (or leading) outlet name such as " | The Daily". */
    static String cleanTitle(String raw, String outlet) {
        String title = clean(raw);
        if (title == null) {
            return null;
        }
        List<String> parts = new ArrayList<>(List.of(TITLE_SEPARATOR.split(title)));
        if (parts.size() < 2) {
            return title;
        }
        if (outlet != null) {
            String last = parts.get(parts.size() - 1);
            String first = parts.get(0);
            if (sameName(last, outlet)) {
                return stripSeparator(title, last, true);
            }
            if (sameName(first, outlet)) {
                return stripSeparator(title, first, false);
            }
        }
        String last = parts.get(parts.size() - 1);
        String rest = title.substring(0, title.length() - last.length());
        if (wordCount(last) <= 4 && wordCount(rest) >= 4 && (title.contains(" | ") || title.contains(" - ")
                || title.contains(" – ") || title.contains(" — ") || title.contains(" :: "))) {
            return stripSeparator(title, last, true);
        }
        return title;
    }

    private static String stripSeparator(String title, String part, boolean atEnd) {
        String rest = atEnd ? title.substring(0, title.length() - part.length())
                : title.substring(part.length());
        return rest.replaceAll(atEnd ? "[\\s|\\-–—:·»]+$" : "^[\\s|\\-–—:·»]+", "").strip();
    }

    private static boolean sameName(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !x.isEmpty() && (x.equals(y) || x.equals("the" + y) || y.equals("the" + x)
                || (x.length() >= 4 && y.startsWith(x)) || (y.length() >= 4 && x.startsWith(y)));
    }

    private static int wordCount(String text) {
        return ShingleMetric.words(text).size();
    }

    // ---- dates ----------------------------------------------------------------------------------------------

    /** A date or date-time as ISO-8601 text, or null when {@code raw} is not one. */
    static String isoDate(String raw) {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        String fixed = text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2").replaceFirst(" ", "T");
        try {
            return OffsetDateTime.parse(fixed).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(fixed).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notZoned) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(fixed).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notRfc) {
            // try the next form
        }
        Matcher leading = LEADING_DATE.matcher(text);
        if (leading.find()) {
            try {
                LocalDate date = LocalDate.parse(leading.group(1));
                return leading.group(2) == null ? date.toString()
                        : LocalDateTime.parse(leading.group(1) + "T" + (leading.group(2).length() == 5
                        ? leading.group(2) + ":00" : leading.group(2))).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
        return null;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    @SafeVarargs
    private static <T> T firstPresent(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.replaceAll("[\\s\\u00a0\\u200b]+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /** The first schema.org article described in the page's JSON-LD, reduced to the fields we read. */
    private record JsonLdArticle(String headline, String author, String datePublished, String publisher, String url,
                                 String articleBody) {
        private static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null, null);

        static JsonLdArticle find(Document page) {
            String publisherFallback = null;
            for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
                String json = script.data();
                if (json.isBlank() || json.length() > MAX_JSON_LD_CHARS) {
                    continue;
                }
                JsonNode root;
                try {
                    root = LENIENT_JSON.readTree(json.strip());
                } catch (Exception malformed) {
                    continue;
                }
                Deque<JsonNode> pending = new ArrayDeque<>();
                pending.push(root);
                int visited = 0;
                while (!pending.isEmpty() && visited++ < 10_000) {
                    JsonNode node = pending.pop();
                    if (node.isArray()) {
                        for (int i = node.size() - 1; i >= 0; i--) {
                            pending.push(node.get(i));
                        }
                        continue;
                    }
                    if (!node.isObject()) {
                        continue;
                    }
                    if (node.has("@graph")) {
                        pending.push(node.get("@graph"));
                    }
                    if (isArticle(node.get("@type"))) {
                        return of(node);
                    }
                    if (publisherFallback == null && hasType(node.get("@type"), "Organization", "NewsMediaOrganization")) {
                        publisherFallback = text(node.get("name"));
                    }
                }
            }
            return publisherFallback == null ? NONE
                    : new JsonLdArticle(null, null, null, publisherFallback, null, null);
        }

        private static JsonLdArticle of(JsonNode article) {
            String url = text(article.get("url"));
            JsonNode mainEntity = article.get("mainEntityOfPage");
            if (url == null && mainEntity != null) {
                url = mainEntity.isObject() ? text(mainEntity.get("@id")) : text(mainEntity);
            }
            JsonNode publisher = article.get("publisher");
            if (publisher != null && publisher.isArray() && !publisher.isEmpty()) {
                publisher = publisher.get(0);
            }
            return new JsonLdArticle(text(article.get("headline")), authors(article.get("author")),
                    text(article.get("datePublished")), publisher == null ? null
                    : publisher.isObject() ? text(publisher.get("name")) : text(publisher), url,
                    text(article.get("articleBody")));
        }

        private static boolean isArticle(JsonNode type) {
            if (type == null) {
                return false;
            }
            if (type.isArray()) {
                for (JsonNode each : type) {
                    if (isArticle(each)) {
                        return true;
                    }
                }
                return false;
            }
            String name = type.asText("");
            return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("LiveBlogPosting")
                    || name.equals("Report") || name.equals("OpinionNewsArticle");
        }

        private static boolean hasType(JsonNode type, String... names) {
            if (type == null) {
                return false;
            }
            Set<String> wanted = Set.of(names);
            if (type.isArray()) {
                for (JsonNode each : type) {
                    if (wanted.contains(each.asText(""))) {
                        return true;
                    }
                }
                return false;
            }
            return wanted.contains(type.asText(""));
        }

        private static String authors(JsonNode author) {
            if (author == null) {
                return null;
            }
            Set<String> names = new LinkedHashSet<>();
            List<JsonNode> each = new ArrayList<>();
            if (author.isArray()) {
                author.forEach(each::add);
            } else {
                each.add(author);
            }
            for (JsonNode one : each) {
                String name = personName(one.isObject() ? text(one.get("name")) : text(one));
                if (name != null) {
                    names.add(name);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }

        private static String text(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isArray()) {
                return node.isEmpty() ? null : text(node.get(0));
            }
            if (node.isObject()) {
                return null;
            }
            return clean(org.jsoup.parser.Parser.unescapeEntities(node.asText(), false));
        }
    }
}
