package crosscheck.fetch;

import crosscheck.LocalPages;
import crosscheck.model.InputRejected;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fetcher against a local server. It trusts 127.0.0.1 (the test server) and refuses every other non-public
 * address, so each hostile URL points at loopback: nothing here sends traffic anywhere but this machine.
 */
class PageFetcherIT {
    static LocalPages pages;
    static PageFetcher fetcher;

    @BeforeAll
    static void start() throws UnknownHostException {
        pages = LocalPages.start();
        fetcher = new PageFetcher(AddressPolicy.publicAnd(InetAddress.getByName("127.0.0.1")),
                new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(15), 10 * 1024 * 1024, 5));
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        pages.close();
    }

    private static InputRejected refused(String url) {
        return assertThrows(InputRejected.class, () -> fetcher.fetch(url));
    }

    @Test
    void fetchesAPageAndFollowsARedirectChain() {
        FetchedPage page = fetcher.fetch(pages.url("/r1"));
        assertEquals(pages.url("/news"), page.url());
        assertEquals("text/html", page.mediaType());
        assertTrue(new String(page.content(), StandardCharsets.UTF_8).contains("79 votes to 18"));
    }

    @Test
    void anEndlessRedirectLoopStopsAfterFive() {
        InputRejected e = refused(pages.url("/loop"));
        assertTrue(e.getMessage().contains("more than 5 times"), e.getMessage());
    }

    @Test
    void redirectsIntoLoopbackOrMetadataAreRefused() {
        for (String path : new String[]{"/to-loopback", "/to-ipv6-loopback", "/to-metadata"}) {
            InputRejected e = refused(pages.url(path));
            assertEquals(InputRejected.Reason.FORBIDDEN, e.reason(), path + ": " + e.getMessage());
        }
        assertEquals(InputRejected.Reason.FORBIDDEN, refused(pages.url("/to-file")).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.2:1/", "http://[::1]:1/", "http://[::ffff:127.0.0.2]:1/", "http://0.0.0.0:1/",
            "http://2130706433/", "http://0x7f.0.0.1/", "http://0177.0.0.1/", "http://0x7f000001/", "http://127.1/",
            "file:///etc/passwd", "ftp://127.0.0.1/x", "gopher://127.0.0.1:70/", "jar:file:///x.jar!/", "javascript:alert(1)",
            "http://user:secret@127.0.0.1/", "http:///no-host", "not a url", "",
            "http://[0:0:0:0:0:0:0:1]:1/", "http://[::ffff:7f00:2]:1/", "http://[0:0:0:0:0:ffff:127.0.0.2]:1/",
            "http://127.000.000.002:1/", "http://0/", "http://0x7f.1/", "http://127.0.2/", "http://[::]:1/",
            "https://127.0.0.2:1/", "HTTP://127.0.0.2:1/", "http://example.com@127.0.0.2:1/", "dict://127.0.0.1:11211/",
            "ldap://127.0.0.1/", "http://[fe80::1%25lo]:1/", "http://[::127.0.0.2]:1/", "http://127.0.0.2:1/%2e%2e/admin"})
    void hostileUrlsAreRefusedWithAMessage(String url) {
        long start = System.nanoTime();
        InputRejected e = refused(url);
        assertTrue(e.getMessage().length() > 20, e.getMessage());
        assertTrue(System.nanoTime() - start < 3_000_000_000L, "refused at once");
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefused() {
        // "localhost" resolves to loopback; only 127.0.0.1 itself is trusted here, and any refused address refuses the name
        PageFetcher strict = new PageFetcher(AddressPolicy.PUBLIC_ONLY, FetchLimits.DEFAULT);
        try {
            InputRejected e = assertThrows(InputRejected.class, () -> strict.fetch("http://localhost:" + pages.port() + "/news"));
            assertEquals(InputRejected.Reason.FORBIDDEN, e.reason());
            assertTrue(e.getMessage().contains("loopback"), e.getMessage());
        } finally {
            strict.close();
        }
    }

    @Test
    void tenMegabytesOfHtmlAndAGzipBombAreTooLarge() {
        assertEquals(InputRejected.Reason.TOO_LARGE, refused(pages.url("/huge")).reason());
        assertEquals(InputRejected.Reason.TOO_LARGE, refused(pages.url("/bomb")).reason());
    }

    @Test
    void aNeverEndingResponseIsCutOffAtTheTimeLimit() throws UnknownHostException {
        PageFetcher impatient = new PageFetcher(AddressPolicy.publicAnd(InetAddress.getByName("127.0.0.1")),
                new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(3), 10 * 1024 * 1024, 5));
        try {
            long start = System.nanoTime();
            InputRejected e = assertThrows(InputRejected.class, () -> impatient.fetch(pages.url("/endless")));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(e.getMessage().contains("did not arrive within 3 s"), e.getMessage());
            assertTrue(seconds < 6, "gave up after " + seconds + " s");
        } finally {
            impatient.close();
        }
    }

    @Test
    void otherContentTypesAndErrorsAreRefused() {
        assertEquals(InputRejected.Reason.UNSUPPORTED, refused(pages.url("/image.png")).reason());
        InputRejected missing = refused(pages.url("/missing"));
        assertTrue(missing.getMessage().contains("404"), missing.getMessage());
    }

    @Test
    void theCharsetOfTheHeadersIsReported() {
        assertEquals("windows-1252", fetcher.fetch(pages.url("/cp1252")).charset().toLowerCase());
    }
}
