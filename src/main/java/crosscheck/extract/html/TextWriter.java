package crosscheck.extract.html;

import crosscheck.model.CitedLink;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes the text of an element as plain paragraphs: each block (paragraph, heading, quote, list item, table row...)
 * is separated from the next by a blank line, a {@code <br>} is a line break, and runs of whitespace inside become
 * one space. Remembers where the text of each http(s) link lands. Walks the tree iteratively, so depth is no risk.
 * Not thread-safe: one writer per text.
 */
final class TextWriter {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
            "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
            "thead", "tr", "ul", "video", "audio", "picture", "img", "iframe");

    private final StringBuilder text = new StringBuilder();
    private final List<CitedLink> links = new ArrayList<>();
    private final List<Integer> openLinkStarts = new ArrayList<>();
    private boolean pendingParagraph;
    private boolean pendingLine;
    private boolean pendingSpace;
    private int preDepth;

    /** Writes {@code root}'s text, leaving out every element {@code skip} accepts (and all inside it). */
    TextWriter write(Element root, Predicate<Element> skip) {
        return write(root, skip, block -> false);
    }

    /**
     * Writes {@code root}'s text, leaving out every element {@code skip} accepts (and all inside it) and the text a
     * block {@code mute} accepts holds directly (the blocks inside it are still written).
     */
    TextWriter write(Element root, Predicate<Element> skip, Predicate<Element> mute) {
        Deque<Boolean> muted = new ArrayDeque<>();
        muted.push(mute.test(root));
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    if (!muted.peek()) {
                        appendText(textNode.getWholeText());
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                if (element != root && skip.test(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                String tag = element.normalName();
                if (tag.equals("br")) {
                    pendingLine = true;
                } else if (BLOCK_TAGS.contains(tag)) {
                    pendingParagraph = true;
                    if (element != root) {
                        muted.push(mute.test(element));
                    }
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
                if (tag.equals("a")) {
                    openLinkStarts.add(text.length());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                String tag = element.normalName();
                if (BLOCK_TAGS.contains(tag)) {
                    pendingParagraph = true;
                    if (element != root) {
                        muted.pop();
                    }
                }
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (tag.equals("a") && !openLinkStarts.isEmpty()) {
                    closeLink(element, openLinkStarts.remove(openLinkStarts.size() - 1));
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return this;
    }

    /** Starts a new paragraph before whatever is written next. */
    TextWriter paragraphBreak() {
        pendingParagraph = true;
        return this;
    }

    String text() {
        return text.toString();
    }

    List<CitedLink> links() {
        return List.copyOf(links);
    }

    private void closeLink(Element anchor, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start >= text.length()) {
            return;
        }
        String url = anchor.absUrl("href");
        if (url.startsWith("http://") || url.startsWith("https://")) {
            links.add(new CitedLink(start, text.length(), url));
        }
    }

    private void appendText(String raw) {
        if (preDepth > 0) {
            appendPreformatted(raw);
            return;
        }
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (c == '\u200b' || c == '\ufeff' || c == '\u00ad') {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            emitSeparator();
            text.append(c);
        }
    }

    private void appendPreformatted(String raw) {
        String[] lines = raw.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                pendingLine = true;
            }
            String line = lines[i].replace('\u00a0', ' ').replace('\t', ' ').stripTrailing();
            if (!line.isBlank()) {
                emitSeparator();
                text.append(line);
            }
        }
    }

    private void emitSeparator() {
        if (text.length() > 0) {
            if (pendingParagraph) {
                text.append("\n\n");
            } else if (pendingLine) {
                text.append('\n');
            } else if (pendingSpace) {
                text.append(' ');
            }
        }
        pendingParagraph = false;
        pendingLine = false;
        pendingSpace = false;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
