package crosscheck.extract.html;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and huge pages: extraction stays iterative and quick. */
class PageSafetyTest {
    /** The work itself: a few seconds of processor time, measured on the extracting thread. */
    private static final Duration CPU_LIMIT = Duration.ofSeconds(8);
    /** Never hanging, even on a loaded, shared CI runner where wall time runs far ahead of processor time. */
    private static final Duration WALL_LIMIT = Duration.ofSeconds(60);
    private final ArticleExtractor extractor = new ArticleExtractor();

    private ExtractedPage extractWithinLimits(String html) {
        return assertTimeoutPreemptively(WALL_LIMIT, () -> {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            ExtractedPage page = extractor.extract(html, "https://news.example/page");
            Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuBefore);
            assertTrue(cpu.compareTo(CPU_LIMIT) <= 0, () -> "took " + cpu.toMillis() + " ms of processor time");
            return page;
        });
    }

    @Test
    void survivesAHundredThousandNestedDivs() {
        String html = "<html><body>" + "<div>".repeat(100_000)
                + "<p>The buried paragraph still reads as an article sentence, with enough words to count.</p>"
                + "</div>".repeat(100_000) + "</body></html>";

        ExtractedPage page = extractWithinLimits(html);

        assertTrue(page.body().contains("The buried paragraph still reads"), page.body());
    }

    @Test
    void survivesDeeplyNestedInlineElementsAndLists() {
        String html = "<html><body><article>" + "<span><b><a href=\"/x\"><ul><li>".repeat(30_000) + "deep"
                + "<p>An ordinary paragraph at the bottom of the nest, written as a full sentence.</p></article></body></html>";

        ExtractedPage page = extractWithinLimits(html);

        assertTrue(page.body().length() < html.length());
    }

    @Test
    void extractsATenMegabytePageWithoutArticleInAFewSeconds() {
        StringBuilder html = new StringBuilder(11_000_000).append("<html><body><div class=\"links\">");
        for (int i = 0; html.length() < 10_500_000; i++) {
            html.append("<div><a href=\"/item/").append(i).append("\">Item ").append(i).append("</a></div>");
        }
        html.append("</div></body></html>");

        ExtractedPage page = extractWithinLimits(html.toString());

        assertTrue(page.body().length() < 1_000_000);
    }

    @Test
    void extractsATenMegabytePageInAFewSeconds() {
        StringBuilder html = new StringBuilder(11_000_000).append("<html><body><nav>");
        for (int i = 0; html.length() < 3_000_000; i++) {
            html.append("<a href=\"/section/").append(i).append("\">Section ").append(i).append("</a> ");
        }
        html.append("</nav><article>");
        for (int i = 0; html.length() < 10_500_000; i++) {
            html.append("<div class=\"block\"><p>Paragraph ").append(i).append(" of a very long report, with a ")
                    .append("<a href=\"https://source.example/").append(i).append("\">source</a> and enough words ")
                    .append("to be running text.</p></div>");
        }
        html.append("</article></body></html>");

        ExtractedPage page = extractWithinLimits(html.toString());

        assertTrue(page.body().startsWith("Paragraph 0 of a very long report"), () -> page.body().substring(0, 200));
        assertTrue(page.links().size() > 10_000);
    }
}
