package crosscheck.extract;

import crosscheck.model.CitedLink;
import crosscheck.model.InputRejected;
import crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractTest {
    @Test
    void aFirstLineFollowedByABlankLineIsTheTitle() {
        SourceDocument doc = PlainText.split("# Aid vote\r\n\r\n\r\nThe House voted.  \r\nAgain.\n\n\n\nEnd.");
        assertEquals("Aid vote", doc.title());
        assertEquals("The House voted.\nAgain.\n\nEnd.", doc.body());
    }

    @Test
    void withoutABlankLineThereIsNoTitle() {
        SourceDocument doc = PlainText.split("The House voted on Tuesday.\nThe Senate followed.");
        assertEquals("", doc.title());
    }

    @Test
    void aGivenTitleKeepsTheWholeTextAsBody() {
        SourceDocument doc = PlainText.withTitle("  Aid   vote ", "Short line\n\nThe House voted.");
        assertEquals("Aid vote", doc.title());
        assertEquals("Short line\n\nThe House voted.", doc.body());
    }

    @Test
    void htmlKeepsTheArticleAndItsLinksAndDropsTheChrome() {
        String html = """
                <html><head><title>Page title | Outlet</title><meta property="og:title" content="Aid bill passes"></head>
                <body><header>Outlet</header><nav><a href="/">Home</a></nav>
                <article><h1>Aid bill passes</h1><p>The House approved <a href="https://clerk.house.gov/Votes/1">the bill</a>
                by 311 votes to 112.</p><blockquote>"It is done," the Speaker said.</blockquote>
                <ul><li>First item</li><li>Second item</li></ul><script>alert(1)</script></article>
                <footer>Privacy and cookies</footer></body></html>""";
        SourceDocument doc = new HtmlExtractor().extract(html, "https://news.example/story");
        assertEquals("Aid bill passes", doc.title());
        assertEquals("Aid bill passes\n\nThe House approved the bill by 311 votes to 112.\n\n\"It is done,\" the Speaker said."
                + "\n\nFirst item\n\nSecond item", doc.body());
        assertEquals(1, doc.links().size());
        CitedLink link = doc.links().get(0);
        assertEquals("the bill", doc.body().substring(link.start(), link.end()));
        assertEquals("https://clerk.house.gov/Votes/1", link.url());
    }

    @Test
    void malformedHtmlStillGivesText() {
        SourceDocument doc = new HtmlExtractor().extract("<p>Unclosed <b>bold <i>text<p>Second <div><div>", null);
        assertTrue(doc.body().contains("Unclosed bold text"), doc.body());
        assertTrue(doc.body().contains("Second"), doc.body());
    }

    @Test
    void uploadsAreReadByTheirExtension() throws IOException {
        assertEquals("Title", Uploads.read("a.txt", "Title\n\nBody text.".getBytes(StandardCharsets.UTF_8)).title());
        assertEquals("Body", Uploads.read("a.HTML", "<p>Body</p>".getBytes(StandardCharsets.UTF_8)).body());
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("<title>T</title><p>Zipped body</p>".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("Zipped body", Uploads.read("page.html.gz", gz.toByteArray()).body());
    }

    @Test
    void unsupportedAndBinaryFilesAreRefused() {
        InputRejected kind = assertThrows(InputRejected.class, () -> Uploads.read("photo.jpg", new byte[]{1}));
        assertEquals(InputRejected.Reason.UNSUPPORTED, kind.reason());
        InputRejected binary = assertThrows(InputRejected.class,
                () -> Uploads.read("notes.txt", new byte[]{'a', 0, 'b', 0}));
        assertTrue(binary.getMessage().contains("binary"));
    }

    @Test
    void aGzipBombIsRefused() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            byte[] zeros = new byte[1 << 20];
            java.util.Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        InputRejected e = assertThrows(InputRejected.class, () -> Uploads.read("bomb.txt.gz", gz.toByteArray()));
        assertEquals(InputRejected.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void windows1252TextIsDecoded() {
        byte[] bytes = "Price: \u20ac5 \u2013 \u201cquoted\u201d".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        String text = Uploads.decodeText(bytes, "x.txt");
        assertEquals("Price: \u20ac5 \u2013 \u201cquoted\u201d", text);
        assertFalse(text.contains("\ufffd"));
    }

    @Test
    void aPdfLosesItsRunningHeaderAndPageNumbersAndJoinsHyphenatedWords() {
        SourceDocument doc = new PdfExtractor().extract(crosscheck.LocalPages.pdf());
        assertEquals("Defence review", doc.title());
        assertTrue(doc.body().contains("2.5% of GDP by 2030, a commitment worth about 15 billion pounds a year"), doc.body());
        assertFalse(doc.body().contains("The Defence Review 2026"), doc.body());
        assertFalse(doc.body().matches("(?s).*\\n[12]\\n.*"), doc.body());
        assertTrue(doc.body().contains("Critics said the plan lacked detail"), doc.body());
    }

    @Test
    void somethingThatIsNotAPdfIsRefused() {
        InputRejected e = assertThrows(InputRejected.class, () -> Uploads.read("report.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)));
        assertEquals(InputRejected.Reason.UNSUPPORTED, e.reason());
    }
}
