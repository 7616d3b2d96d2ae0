package crosscheck.extract;

import crosscheck.model.SourceDocument;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown: line endings normalised, a first line followed by a blank line is the title (a Markdown
 * "# " before it is dropped), paragraphs are separated by blank lines. Thread-safe (stateless).
 */
public final class PlainText {
    static final int MAX_TITLE_CHARS = 200;
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n(?:[ \\t]*\\n)+");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+\\n");

    private PlainText() {
    }

    /** Text as pasted, with a title given separately (may be blank): no title is taken from the text then. */
    public static SourceDocument withTitle(String title, String text) {
        String body = normalise(text);
        if (title != null && !title.isBlank()) {
            return new SourceDocument(title.strip().replaceAll("\\s+", " "), body, List.of());
        }
        return split(body);
    }

    /** A file's text: its first line is the title when a blank line follows it. */
    public static SourceDocument split(String text) {
        String body = normalise(text);
        int firstBreak = body.indexOf("\n\n");
        if (firstBreak > 0 && firstBreak <= MAX_TITLE_CHARS && body.substring(0, firstBreak).indexOf('\n') < 0) {
            String title = body.substring(0, firstBreak).replaceFirst("^#+\\s*", "").strip();
            String rest = body.substring(firstBreak + 2).strip();
            if (!title.isEmpty() && !rest.isEmpty()) {
                return new SourceDocument(title, rest, List.of());
            }
        }
        return new SourceDocument("", body, List.of());
    }

    /** Unix line endings, no trailing spaces, at most one blank line between paragraphs, no control characters. */
    static String normalise(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        StringBuilder clean = new StringBuilder(unix.length());
        for (int i = 0; i < unix.length(); i++) {
            char c = unix.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                clean.append(c == '\t' ? ' ' : c);
            }
        }
        String trimmed = TRAILING_SPACE.matcher(clean).replaceAll("\n");
        return BLANK_LINES.matcher(trimmed).replaceAll("\n\n").strip();
    }
}
