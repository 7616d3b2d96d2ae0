package crosscheck.model;

/**
 * What a page says about itself, each part null when it does not say: the byline, the publication date (ISO-8601
 * text as the page gives it), the outlet's name and the canonical URL.
 */
public record PageInfo(String byline, String published, String outlet, String canonicalUrl) {
    public static final PageInfo NONE = new PageInfo(null, null, null, null);

    public PageInfo {
        byline = blankToNull(byline);
        published = blankToNull(published);
        outlet = blankToNull(outlet);
        canonicalUrl = blankToNull(canonicalUrl);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
