package crosscheck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A small web server on 127.0.0.1 with the pages URL-ingest tests need: a news page with boilerplate, a redirect
 * chain, a Windows-1252 page, a PDF made here, and hostile pages (redirects to loopback, an endless redirect loop,
 * 10 MB of HTML, a gzip bomb, a response that never ends, an image).
 */
public final class LocalPages implements AutoCloseable {
    public static final String NEWS_HTML = """
            <!doctype html><html><head><meta charset="utf-8"><title>Senate passes aid bill | The Example Times</title>
            <meta property="og:title" content="Senate passes $61 billion aid bill">
            <meta name="author" content="Jane Roe"><meta property="og:site_name" content="The Example Times">
            <meta property="article:published_time" content="2026-11-24T09:30:00Z">
            <link rel="canonical" href="https://news.example/politics/aid-bill"></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
            <div class="cookie-banner">We use cookies. <button>Accept</button></div>
            <article><h1>Senate passes $61 billion aid bill</h1>
            <p>The Senate approved the supplemental appropriations bill by 79 votes to 18 on Tuesday, sending
            <a href="https://www.congress.gov/bill/118th-congress/house-bill/815">the measure</a> to the President.</p>
            <p>"This keeps our word to our allies," Secretary of State Antony Blinken told reporters in Washington.</p>
            <p>The package includes about $13.8 billion to replenish American weapons stocks, according to the Pentagon,
            and a further $9 billion in economic aid that Kyiv will not have to repay for at least a decade.</p>
            </article><aside><h2>Related stories</h2><ul><li><a href="/a">Ten things about budgets</a></li></ul></aside>
            <footer>© The Example Times. Privacy policy. Terms.</footer></body></html>
            """;

    private final HttpServer server;

    private LocalPages(HttpServer server) {
        this.server = server;
    }

    public static LocalPages start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            LocalPages pages = new LocalPages(server);
            pages.routes();
            server.start();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private void routes() {
        server.createContext("/news", exchange -> send(exchange, 200, "text/html; charset=utf-8", NEWS_HTML.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/r1", exchange -> redirect(exchange, "/r2"));
        server.createContext("/r2", exchange -> redirect(exchange, url("/r3")));
        server.createContext("/r3", exchange -> redirect(exchange, "news"));
        server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
        server.createContext("/to-loopback", exchange -> redirect(exchange, "http://127.0.0.2:" + port() + "/news"));
        server.createContext("/to-ipv6-loopback", exchange -> redirect(exchange, "http://[::1]:" + port() + "/news"));
        server.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        server.createContext("/cp1252", exchange -> send(exchange, 200, "text/html; charset=windows-1252",
                ("<html><head><title>Caf\u00e9 prices</title></head><body><p>The caf\u00e9 raised prices by 5% \u2013 "
                        + "\u201cunavoidable\u201d, its owner said on Monday.</p></body></html>").getBytes(Charset.forName("windows-1252"))));
        server.createContext("/cp1252-meta", exchange -> send(exchange, 200, "text/html",
                ("<html><head><meta charset=\"windows-1252\"><title>Na\u00efve budget</title></head><body><p>A na\u00efve "
                        + "\u20ac3.2 million budget \u2013 critics said.</p></body></html>").getBytes(Charset.forName("windows-1252"))));
        server.createContext("/report.pdf", exchange -> send(exchange, 200, "application/pdf", pdf()));
        server.createContext("/notes.txt", exchange -> send(exchange, 200, "text/plain; charset=utf-8",
                "Budget notes\n\nThe deficit was $1.8 trillion in 2024, the Treasury said.".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/image.png", exchange -> send(exchange, 200, "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/missing", exchange -> send(exchange, 404, "text/html", "<p>Not here</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = "<p>filler text for a very large page</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
                for (int written = 0; written < 11 * 1024 * 1024; written += chunk.length) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client hung up once it had seen enough: expected
            }
        });
        server.createContext("/bomb", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            byte[] bomb = gzipBomb();
            exchange.sendResponseHeaders(200, bomb.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bomb);
            } catch (IOException e) {
                // the client hung up: expected
            }
        });
        server.createContext("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 600; i++) { // at most a minute, then it stops by itself
                    out.write("<p>more</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (IOException e) {
                // the client gave up: expected
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** 200 MB of spaces, gzipped to about 200 KB. */
    static byte[] gzipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                gzip.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Two pages with a running header and page numbers around a paragraph hyphenated across lines. */
    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[][] pages = {
                    {"The Defence Review 2026", "The government will raise defence spending to 2.5% of GDP by 2030, a commit-",
                            "ment worth about 15 billion pounds a year, ministers said.", "", "1"},
                    {"The Defence Review 2026", "Critics said the plan lacked detail on procurement and on the timing of",
                            "the first increases.", "", "2"}};
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 750;
                    for (String line : lines) {
                        if (!line.isEmpty()) {
                            content.beginText();
                            content.setFont(font, 11);
                            content.newLineAtOffset(72, line.length() < 3 ? 40 : y);
                            content.showText(line);
                            content.endText();
                        }
                        y -= line.isEmpty() ? 30 : 14;
                    }
                }
            }
            document.getDocumentInformation().setTitle("Defence review");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
