package crosscheck.extract.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlBytesTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void followsTheMetaCharset() {
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body>café – “quoted”</body></html>"
                .getBytes(WINDOWS_1252);

        assertEquals("<html><head><meta charset=\"windows-1252\"></head><body>café – “quoted”</body></html>",
                HtmlBytes.decode(page, null));
    }

    @Test
    void followsAnHttpEquivDeclarationAndReadsLatin1AsWindows1252() {
        String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>it’s</p>";

        assertEquals(html, HtmlBytes.decode(html.getBytes(WINDOWS_1252), null));
    }

    @Test
    void aByteOrderMarkWinsOverEverything() {
        byte[] body = "<meta charset=\"windows-1252\"><p>naïve</p>".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[body.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(body, 0, page, 3, body.length);

        assertEquals("<meta charset=\"windows-1252\"><p>naïve</p>", HtmlBytes.decode(page, "iso-8859-2"));
    }

    @Test
    void theTransportCharsetWinsOverTheMetaCharset() {
        String html = "<meta charset=\"utf-8\"><p>zażółć</p>";

        assertEquals(html, HtmlBytes.decode(html.getBytes(Charset.forName("iso-8859-2")), "ISO-8859-2"));
    }

    @Test
    void undeclaredPagesAreUtf8WhenValidElseWindows1252() {
        assertEquals("<p>Grüße</p>", HtmlBytes.decode("<p>Grüße</p>".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("<p>Grüße</p>", HtmlBytes.decode("<p>Grüße</p>".getBytes(WINDOWS_1252), null));
    }

    @Test
    void anUnknownCharsetNameFallsBackToSniffing() {
        assertEquals("<p>ok é</p>", HtmlBytes.decode("<p>ok é</p>".getBytes(StandardCharsets.UTF_8), "x-no-such"));
    }
}
