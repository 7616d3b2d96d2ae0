package crosscheck.extract.html;

import crosscheck.model.CitedLink;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ArticleExtractor} finds in a page. Every field is plain text; the metadata fields are null when the
 * page does not say. {@code body} holds the article's paragraphs, headings, quotes and list items, each separated
 * from the next by a blank line; {@code links} are the http(s) links the body cites, as offsets into it.
 *
 * @param published when the article was first published, as ISO-8601 text (a date, or a date and time), or null
 */
public record ExtractedPage(String title, String byline, String published, String outlet, String canonicalUrl,
                            String body, List<CitedLink> links) {
    public ExtractedPage {
        Objects.requireNonNull(body, "body");
        links = List.copyOf(links);
        for (CitedLink link : links) {
            if (link.end() > body.length()) {
                throw new IllegalArgumentException("link " + link + " lies outside the body of length "
                        + body.length());
            }
        }
    }
}
