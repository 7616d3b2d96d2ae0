package crosscheck.http;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The HTML pages: the home page and the reader (one file for every article; its script reads the id from the
 * path), and small error pages built from escaped text. Pages are read once from the class path and kept as UTF-8
 * bytes: encoding the 8 KB reader page on every request, and splicing its Open Graph tags in with a regular
 * expression, cost more than the rest of serving it.
 */
final class Pages {
    static final String WEB_ROOT = "/web";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String HEAD_END = "</head>";
    private final byte[] home;
    private final byte[] reader;
    /** The reader page up to its {@code </head>}, and from there on: the tags of one article go in between. */
    private final byte[] readerHead;
    private final byte[] readerRest;
    private final java.util.Map<String, byte[]> others = new java.util.concurrent.ConcurrentHashMap<>();

    Pages() {
        this.home = read(WEB_ROOT + "/index.html");
        String readerPage = new String(read(WEB_ROOT + "/reader.html"), StandardCharsets.UTF_8);
        int headEnd = readerPage.indexOf(HEAD_END);
        if (headEnd < 0) {
            throw new IllegalStateException("reader.html has no " + HEAD_END);
        }
        this.reader = readerPage.getBytes(StandardCharsets.UTF_8);
        this.readerHead = readerPage.substring(0, headEnd).getBytes(StandardCharsets.UTF_8);
        this.readerRest = readerPage.substring(headEnd).getBytes(StandardCharsets.UTF_8);
    }

    void home(Context ctx) {
        Gate.access(ctx).require(crosscheck.model.Role.VIEWER);
        send(ctx, home);
    }

    /** Answers with a page from the web folder, read once. */
    void page(Context ctx, String file) {
        send(ctx, others.computeIfAbsent(file, name -> read(WEB_ROOT + "/" + name)));
    }

    /** Answers with the reader page, with Open Graph tags that sum the article up when it exists. */
    void reader(Context ctx, java.util.Optional<crosscheck.team.ClaimWorkflow.Summary> summary) {
        send(ctx, readerPage(summary));
    }

    private byte[] readerPage(java.util.Optional<crosscheck.team.ClaimWorkflow.Summary> summary) {
        if (summary.isEmpty()) {
            return reader;
        }
        byte[] tags = """
                  <meta property="og:type" content="article">
                  <meta property="og:site_name" content="Crosscheck">
                  <meta property="og:title" content="%s">
                  <meta property="og:description" content="%s">
                  <meta name="description" content="%s">
                """.formatted(escape(summary.get().title()), escape(summary.get().line()), escape(summary.get().line()))
                .getBytes(StandardCharsets.UTF_8);
        byte[] page = java.util.Arrays.copyOf(readerHead, readerHead.length + tags.length + readerRest.length);
        System.arraycopy(tags, 0, page, readerHead.length, tags.length);
        System.arraycopy(readerRest, 0, page, readerHead.length + tags.length, readerRest.length);
        return page;
    }

    private static void send(Context ctx, byte[] page) {
        ctx.contentType(HTML).result(page);
    }

    static String errorPage(int status, String message) {
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Crosscheck: %d</title><link rel="stylesheet" href="/css/app.css"></head>
                <body><main class="error-page"><h1>%s</h1><p role="alert">%s</p><p><a href="/">Back to Crosscheck</a></p></main></body>
                </html>
                """.formatted(status, status >= 500 ? "Something went wrong" : "That did not work", escape(message));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static byte[] read(String resource) {
        try (InputStream in = Pages.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "page missing from the class path: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
