package crosscheck.http;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The HTML pages: the home page and the reader (one file for every article; its script reads the id from the
 * path), and small error pages built from escaped text. Pages are read once from the class path.
 */
final class Pages {
    static final String WEB_ROOT = "/web";
    private final String home;
    private final String reader;
    private final java.util.Map<String, String> others = new java.util.concurrent.ConcurrentHashMap<>();

    Pages() {
        this.home = read(WEB_ROOT + "/index.html");
        this.reader = read(WEB_ROOT + "/reader.html");
    }

    void home(Context ctx) {
        Gate.access(ctx).require(crosscheck.model.Role.VIEWER);
        ctx.html(home);
    }

    /** A page from the web folder, read once. */
    String page(String file) {
        return others.computeIfAbsent(file, name -> read(WEB_ROOT + "/" + name));
    }

    /** The reader page, with Open Graph tags that sum the article up when it exists. */
    String reader(java.util.Optional<crosscheck.team.ClaimWorkflow.Summary> summary) {
        if (summary.isEmpty()) {
            return reader;
        }
        String tags = """
                  <meta property="og:type" content="article">
                  <meta property="og:site_name" content="Crosscheck">
                  <meta property="og:title" content="%s">
                  <meta property="og:description" content="%s">
                  <meta name="description" content="%s">
                </head>""".formatted(escape(summary.get().title()), escape(summary.get().line()), escape(summary.get().line()));
        return reader.replaceFirst("</head>", java.util.regex.Matcher.quoteReplacement(tags));
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

    private static String read(String resource) {
        try (InputStream in = Pages.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "page missing from the class path: " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
