package crosscheck.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the elements that hold the article and writes their text without the boilerplate inside them.
 *
 * <ol>
 *   <li>Scripts, styles, embeds, form controls and hidden elements go first.</li>
 *   <li>Every block's own text is valued in word-sized units: running text (long, or ending like a sentence) counts
 *       for, link lists and short fragments count against, and anything inside an element tagged, given a role or
 *       named as boilerplate (navigation, share bars, related stories, comments, newsletter boxes...) counts
 *       against.</li>
 *   <li>The article's core is the element that most directly holds running text: a block counts fully for itself and
 *       its parent, half for its grandparent. So a column of teasers, each paragraph in its own card, loses to the
 *       article's paragraphs, which sit side by side.</li>
 *   <li>From there we climb a few levels while the wider element adds running text and that text is itself
 *       concentrated somewhere (more article sections, not scattered teasers), then add the siblings that hold running
 *       text too.</li>
 *   <li>Inside, link-dense blocks, pictures with their captions, short boilerplate lines and calls to subscribe are
 *       left out; when the page declares its article text in JSON-LD and it agrees with our choice, the blocks it
 *       does not contain are left out too.</li>
 * </ol>
 * All walks over the tree are iterative. Not thread-safe: one finder per page.
 */
final class ContentFinder {
    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "input", "textarea", "option", "dialog", "link", "meta",
            "map", "head");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "header", "menu");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo",
            "complementary", "menu", "menubar", "dialog", "alert", "search");
    private static final Set<String> OUTPUT_SKIPPED_TAGS = Set.of("figure", "figcaption", "h1");
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?:^|[\\s_-])(?:comments?|commentlist|disqus|sidebar|related|recommend(?:ed|ations?)?|share|sharing"
                    + "|sharebar|social|socials|newsletter|subscribe|subscription|promo|promotion|sponsor(?:ed)?"
                    + "|advert(?:isement)?|ads?|adslot|ad-slot|cookie|cookies|consent|gdpr|popup|modal|outbrain"
                    + "|taboola|breadcrumbs?|nav|navbar|navigation|menu|footer|masthead|widget|trending|popular"
                    + "|most-read|mostread|signup|paywall|toolbar|tags|author-bio|bio|byline"
                    + "|dateline|timestamp|meta)(?:$|[\\s_-])|caption|credit");
    private static final Pattern BOILERPLATE_TEXT = Pattern.compile(
            "(?i)^(?:advertisement|advertising|ad|sponsored|read more|share|share this|share this article|"
                    + "continue reading|related|related articles|related stories|more|comments?|"
                    + "story continues below advertisement|scroll to continue with content|advert|don't miss|"
                    + "tell us what you think|recommended|most read|trending|follow us|you may also like)[.:!…]*$");
    /** Words that mark a short paragraph as a call to subscribe or follow rather than article text. */
    private static final Pattern PROMO_TEXT = Pattern.compile(
            "(?i)\\b(?:subscribe|newsletters?|sign up for|follow (?:us|him|her|them) on)\\b");
    private static final int PROMO_MAX_WORDS = 30;
    /** A block with a picture and at most this many words is the picture and its caption or credit. */
    private static final int CAPTION_MAX_WORDS = 20;
    /**
     * A boilerplate-named element holding more than this share of the page's running text is a wrapper of the page
     * (a body "with-sidebar"), not boilerplate; a boilerplate tag or role is trusted further.
     */
    private static final double BOILERPLATE_NAME_MAX_SHARE = 0.5;
    private static final double BOILERPLATE_ELEMENT_MAX_SHARE = 0.85;
    /** A block whose letters are at least this share inside links is navigation, not text. */
    private static final double LINK_DENSE = 0.5;
    /** A block this long is running text whatever its ending; a shorter one must end like a sentence. */
    private static final int LONG_BLOCK_WORDS = 20;
    /** Characters that end a sentence or a quoted sentence, in Western and East Asian scripts. */
    private static final String SENTENCE_ENDS = ".!?:;\"”’»)…。！？」』）";
    private static final int SENTENCE_BLOCK_WORDS = 8;
    private static final double SHORT_FRAGMENT_PENALTY = 0.2;
    private static final double GRANDPARENT_SHARE = 0.5;
    /** A sibling of the article joins it when its local score reaches this share of the article's. */
    private static final double SIBLING_SHARE = 0.2;
    private static final double SIBLING_MIN_SCORE = 10;
    /** How many levels above the core we look for more of the article. */
    private static final int MAX_CLIMB = 4;
    /** Climbing must add this share of running text, plus a minimum... */
    private static final double CLIMB_GAIN = 0.05;
    private static final double CLIMB_MIN = 10;
    /** ...and the added text must hold a concentration this large compared with the core's. */
    private static final double CLIMB_LOCAL_SHARE = 0.25;
    /** JSON-LD article text shorter than this confirms nothing. */
    private static final int CONFIRM_MIN_WORDS = 50;
    /** Our choice must hold this share of the declared text's shingles for the declaration to be trusted. */
    private static final double CONFIRM_MIN_COVERAGE = 0.8;
    /** A block is confirmed when this share of its shingles occurs in the declared text. */
    private static final double CONFIRM_MIN_BLOCK_SHARE = 0.5;
    /** A declared text covering less of what we chose is a summary or truncated, and confirms nothing. */
    private static final double CONFIRM_MIN_SHARE_OF_CHOSEN = 0.6;
    private static final double LETTERS_PER_WORD = 5.0;

    private final Document page;
    private final List<Element> elements;
    private final Map<Element, Integer> indexOf;
    private final int[] parent;
    private final int[] words;
    private final int[] chars;
    private final int[] linkChars;
    private final boolean[] endsSentence;
    private final int[] subtreeChars;
    private final int[] subtreeLinkChars;
    private final int[] subtreeWords;
    private final boolean[] boilerplate;
    private final int[] subtreeSize;
    private final int[] subtreeImages;
    private final boolean[] unconfirmed;

    private ContentFinder(Document page) {
        this.page = page;
        this.elements = page.getAllElements();
        int count = elements.size();
        this.indexOf = new IdentityHashMap<>(count * 2);
        this.parent = new int[count];
        this.words = new int[count];
        this.chars = new int[count];
        this.linkChars = new int[count];
        this.endsSentence = new boolean[count];
        this.subtreeChars = new int[count];
        this.subtreeLinkChars = new int[count];
        this.subtreeWords = new int[count];
        this.boilerplate = new boolean[count];
        this.subtreeSize = new int[count];
        this.subtreeImages = new int[count];
        this.unconfirmed = new boolean[count];
        for (int i = 0; i < count; i++) {
            indexOf.put(elements.get(i), i);
        }
        for (int i = 0; i < count; i++) {
            Element up = elements.get(i).parent();
            parent[i] = up == null ? -1 : indexOf.getOrDefault(up, -1);
        }
    }

    static TextWriter findBody(Document page, PageMetadata metadata) {
        removeJunk(page);
        ContentFinder finder = new ContentFinder(page);
        finder.measure();
        List<Element> parts = finder.chooseArticle();
        if (metadata.jsonLdBody != null) {
            finder.confirmWith(metadata.jsonLdBody, parts);
        }
        return finder.write(parts);
    }

    /** Removes what is never text to read: scripts, styles, embeds, form controls and hidden elements. */
    private static void removeJunk(Document page) {
        List<Element> junk = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element != page && isJunk(element)) {
                    junk.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, page);
        for (Element element : junk) {
            element.remove();
        }
    }

    private static boolean isJunk(Element element) {
        if (JUNK_TAGS.contains(element.normalName())) {
            return true;
        }
        if (element.attributesSize() == 0) {
            return false;
        }
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = element.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /** Counts the words, letters and linked letters each block holds directly (not in blocks inside it). */
    private void measure() {
        Deque<Integer> blocks = new ArrayDeque<>();
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (isBlock(element)) {
                        blocks.push(indexOf.get(element));
                    }
                    if (element.normalName().equals("a")) {
                        linkDepth[0]++;
                    }
                } else if (node instanceof TextNode text && !blocks.isEmpty()) {
                    count(blocks.peek(), text.getWholeText(), linkDepth[0] > 0);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (isBlock(element) && !blocks.isEmpty()) {
                        blocks.pop();
                    }
                    if (element.normalName().equals("a")) {
                        linkDepth[0]--;
                    }
                }
            }
        }, page);
        for (int i = elements.size() - 1; i >= 0; i--) {
            subtreeChars[i] += chars[i];
            subtreeLinkChars[i] += linkChars[i];
            subtreeWords[i] += words[i];
            subtreeSize[i] += 1;
            String tag = elements.get(i).normalName();
            if (tag.equals("img") || tag.equals("picture") || tag.equals("video")) {
                subtreeImages[i]++;
            }
            if (parent[i] >= 0) {
                subtreeImages[parent[i]] += subtreeImages[i];
                subtreeSize[parent[i]] += subtreeSize[i];
                subtreeChars[parent[i]] += subtreeChars[i];
                subtreeLinkChars[parent[i]] += subtreeLinkChars[i];
                subtreeWords[parent[i]] += subtreeWords[i];
            }
        }
    }

    private void count(int block, String text, boolean inLink) {
        boolean inWord = false;
        int lastSignificant = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c);
            if (wordChar) {
                chars[block]++;
                if (inLink) {
                    linkChars[block]++;
                }
                if (!inWord) {
                    words[block]++;
                }
            }
            inWord = wordChar;
            if (!Character.isWhitespace(c) && c != '\u00a0') {
                lastSignificant = c;
            }
        }
        if (lastSignificant >= 0) {
            endsSentence[block] = SENTENCE_ENDS.indexOf(lastSignificant) >= 0;
        }
    }

    /** How much a block's own text speaks for the element around it being the article, in word-sized units. */
    private double value(int i) {
        double units = units(i);
        if (units == 0) {
            return 0;
        }
        String tag = elements.get(i).normalName();
        if (isHeading(tag)) {
            return 0;
        }
        double linkDensity = chars[i] == 0 ? 0 : (double) linkChars[i] / chars[i];
        if (linkDensity >= LINK_DENSE) {
            return -units;
        }
        if (units >= LONG_BLOCK_WORDS || (units >= SENTENCE_BLOCK_WORDS && endsSentence[i])) {
            return units * (1 - linkDensity);
        }
        if (tag.equals("td") || tag.equals("th") || tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
            return 0;
        }
        return -SHORT_FRAGMENT_PENALTY * units;
    }

    /**
     * The length of a block's own text in word-sized units: its words, or for scripts written without spaces
     * (Chinese, Japanese) its letters over the length of an average word.
     */
    private double units(int i) {
        return Math.max(words[i], chars[i] / LETTERS_PER_WORD);
    }

    /** Marks the elements named or tagged as boilerplate, unless they hold much of the page's running text. */
    private void markBoilerplate() {
        int count = elements.size();
        double[] good = new double[count];
        for (int i = count - 1; i >= 0; i--) {
            good[i] += Math.max(0, value(i));
            if (parent[i] >= 0) {
                good[parent[i]] += good[i];
            }
        }
        double pageGood = good[0];
        for (int i = 0; i < count; i++) {
            boolean inherited = parent[i] >= 0 && boilerplate[parent[i]];
            Element element = elements.get(i);
            boilerplate[i] = inherited
                    || (isBoilerplateElement(element) && good[i] <= BOILERPLATE_ELEMENT_MAX_SHARE * pageGood)
                    || (hasBoilerplateName(element) && good[i] <= BOILERPLATE_NAME_MAX_SHARE * pageGood);
        }
    }

    private double adjustedValue(int i) {
        double own = value(i);
        return boilerplate[i] ? -Math.abs(own) - 0.5 * units(i) : own;
    }

    /**
     * The article's elements: the one that most directly holds running text (each block counts fully for itself
     * and its parent, half for its grandparent), then those of its siblings that hold running text too.
     */
    private List<Element> chooseArticle() {
        markBoilerplate();
        int count = elements.size();
        double[] local = new double[count];
        for (int i = 0; i < count; i++) {
            double own = adjustedValue(i);
            if (own == 0) {
                continue;
            }
            local[i] += own;
            int up = parent[i];
            if (up >= 0) {
                local[up] += own;
                if (parent[up] >= 0) {
                    local[parent[up]] += own * GRANDPARENT_SHARE;
                }
            }
        }
        int best = -1;
        for (int i = 0; i < count; i++) {
            if (!boilerplate[i] && (best < 0 || local[i] > local[best])) {
                best = i;
            }
        }
        Element body = page.body();
        if (best < 0 || local[best] <= 0) {
            return List.of(body == null ? page : body);
        }
        double[] total = new double[count];
        for (int i = count - 1; i >= 0; i--) {
            total[i] += adjustedValue(i);
            if (parent[i] >= 0) {
                total[parent[i]] += total[i];
            }
        }
        int chosen = best;
        int up = parent[best];
        for (int level = 0; level < MAX_CLIMB && up >= 0 && !boilerplate[up]
                && !elements.get(up).normalName().equals("html"); level++, up = parent[up]) {
            if (total[up] > total[chosen] * (1 + CLIMB_GAIN) + CLIMB_MIN
                    && strongestOutside(up, chosen) >= CLIMB_LOCAL_SHARE * local[best]) {
                chosen = up;
            }
        }
        Element article = elements.get(chosen);
        Element container = article.parent();
        if (container == null) {
            return List.of(article);
        }
        double threshold = Math.max(SIBLING_MIN_SCORE, SIBLING_SHARE * local[chosen]);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : container.children()) {
            int s = indexOf.get(sibling);
            if (sibling == article || (!boilerplate[s] && (local[s] >= threshold
                    || (sameClass(sibling, article) && local[s] > 0) || isLoneParagraph(s)))) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /**
     * The highest local score in {@code root}'s subtree (root included) counting only the text outside
     * {@code inner}'s subtree: whether there is more article next to what was chosen, rather than scattered teasers.
     */
    private double strongestOutside(int root, int inner) {
        int end = root + subtreeSize[root];
        int innerEnd = inner + subtreeSize[inner];
        double[] local = new double[end - root];
        double strongest = 0;
        for (int i = root; i < end; i++) {
            if (i == inner) {
                i = innerEnd - 1;
                continue;
            }
            double own = adjustedValue(i);
            if (own == 0) {
                continue;
            }
            local[i - root] += own;
            int up = parent[i];
            if (up >= root) {
                local[up - root] += own;
                if (parent[up] >= root) {
                    local[parent[up] - root] += own * GRANDPARENT_SHARE;
                }
            }
        }
        for (int i = 0; i < local.length; i++) {
            if (!boilerplate[root + i]) {
                strongest = Math.max(strongest, local[i]);
            }
        }
        return strongest;
    }

    private boolean isLoneParagraph(int i) {
        return elements.get(i).normalName().equals("p") && value(i) > 0 && linkChars[i] * 4 < chars[i];
    }

    private static boolean sameClass(Element a, Element b) {
        return !a.className().isBlank() && a.className().equals(b.className());
    }

    /** Whether the element's tag or role says it is navigation, a page header or footer, or a side box. */
    private static boolean isBoilerplateElement(Element element) {
        if (BOILERPLATE_TAGS.contains(element.normalName())) {
            return true;
        }
        String role = element.attr("role").toLowerCase(Locale.ROOT);
        return !role.isEmpty() && BOILERPLATE_ROLES.contains(role);
    }

    /** Whether the element's class or id names it as boilerplate (share bar, related stories, comments...). */
    private static boolean hasBoilerplateName(Element element) {
        String tag = element.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article")) {
            return false;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && BOILERPLATE_NAME.matcher(names).find();
    }

    private TextWriter write(List<Element> parts) {
        TextWriter writer = new TextWriter();
        for (Element part : parts) {
            writer.paragraphBreak().write(part, this::skipInside, this::isUnconfirmed);
        }
        return writer;
    }

    private boolean isUnconfirmed(Element block) {
        Integer index = indexOf.get(block);
        return index != null && unconfirmed[index];
    }

    /**
     * Uses the article text a page declares in its JSON-LD to drop the blocks it does not contain (captions,
     * update notes, newsletter boxes). Only when the declared text is long, our choice covers most of it and it
     * covers most of our choice, so a summary or a truncated declaration never removes article text.
     */
    private void confirmWith(String declaredBody, List<Element> parts) {
        String plain = declaredBody.indexOf('<') >= 0 ? Jsoup.parse(declaredBody).text() : declaredBody;
        List<String> declaredWords = ShingleMetric.words(plain);
        if (declaredWords.size() < CONFIRM_MIN_WORDS) {
            return;
        }
        Set<String> declaredShingles = ShingleMetric.shingles(plain).keySet();
        String declaredJoined = " " + String.join(" ", declaredWords) + " ";
        Map<Integer, StringBuilder> ownText = new java.util.LinkedHashMap<>();
        for (Element part : parts) {
            collectOwnText(part, ownText);
        }
        StringBuilder chosen = new StringBuilder();
        ownText.values().forEach(text -> chosen.append(text).append(' '));
        Set<String> chosenShingles = ShingleMetric.shingles(chosen.toString()).keySet();
        long covered = declaredShingles.stream().filter(chosenShingles::contains).count();
        if (covered < CONFIRM_MIN_COVERAGE * declaredShingles.size()
                || covered < CONFIRM_MIN_SHARE_OF_CHOSEN * chosenShingles.size()) {
            return;
        }
        for (Map.Entry<Integer, StringBuilder> block : ownText.entrySet()) {
            List<String> words = ShingleMetric.words(block.getValue().toString());
            if (words.isEmpty()) {
                continue;
            }
            boolean confirmed;
            if (words.size() < ShingleMetric.SHINGLE_WORDS) {
                confirmed = declaredJoined.contains(" " + String.join(" ", words) + " ");
            } else {
                Map<String, Integer> shingles = ShingleMetric.shingles(block.getValue().toString());
                long found = shingles.keySet().stream().filter(declaredShingles::contains).count();
                confirmed = found >= CONFIRM_MIN_BLOCK_SHARE * shingles.size();
            }
            unconfirmed[block.getKey()] = !confirmed && !isHeading(elements.get(block.getKey()).normalName());
        }
    }

    /** The text each block inside {@code root} holds directly, by block index. */
    private void collectOwnText(Element root, Map<Integer, StringBuilder> ownText) {
        Deque<Integer> blocks = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element && (element == root || isBlock(element))) {
                    blocks.push(indexOf.get(element));
                } else if (node instanceof TextNode text && !blocks.isEmpty()) {
                    ownText.computeIfAbsent(blocks.peek(), index -> new StringBuilder())
                            .append(text.getWholeText()).append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && (element == root || isBlock(element))) {
                    blocks.pop();
                }
            }
        }, root);
    }

    private boolean skipInside(Element element) {
        Integer index = indexOf.get(element);
        if (index == null) {
            return false;
        }
        int i = index;
        if (boilerplate[i] || OUTPUT_SKIPPED_TAGS.contains(element.normalName())) {
            return true;
        }
        if (!isBlock(element)) {
            return false;
        }
        if (subtreeChars[i] > 0 && (double) subtreeLinkChars[i] / subtreeChars[i] > LINK_DENSE) {
            return true;
        }
        if (subtreeImages[i] > 0 && subtreeWords[i] <= CAPTION_MAX_WORDS) {
            return true;
        }
        if (subtreeWords[i] <= 6 && subtreeChars[i] < 40) {
            return BOILERPLATE_TEXT.matcher(element.text().strip()).matches();
        }
        if (subtreeWords[i] > PROMO_MAX_WORDS) {
            return false;
        }
        String text = element.text();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean mayBePromo = lower.contains("subscri") || lower.contains("newsletter") || lower.contains("sign up")
                || lower.contains("follow ");
        return mayBePromo && PROMO_TEXT.matcher(text).find();
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean isBlock(Element element) {
        return TextWriter.BLOCK_TAGS.contains(element.normalName());
    }
}
