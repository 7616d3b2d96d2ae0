package crosscheck.http;

import crosscheck.extract.PlainText;
import crosscheck.extract.Uploads;
import crosscheck.ingest.ArticleService;
import crosscheck.model.Article;
import crosscheck.model.ClaimStatus;
import crosscheck.model.InputRejected;
import crosscheck.model.Role;
import crosscheck.model.InputRejected.Reason;
import crosscheck.model.SourceDocument;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The article resource: create (JSON, multipart file, or a plain form), get, list, and the sample. */
final class ArticleController {
    private final ArticleService articles;

    ArticleController(ArticleService articles) {
        this.articles = articles;
    }

    void create(Context ctx) {
        Gate.access(ctx).require(Role.EDITOR);
        Article article = submit(ctx);
        ctx.status(HttpStatus.CREATED).json(ArticleViews.Created.of(article));
    }

    /** The home page's plain HTML form: the same submission, answered with a redirect to the reader. */
    void createFromForm(Context ctx) {
        Gate.access(ctx).require(Role.EDITOR);
        Article article = submit(ctx);
        ctx.redirect(ArticleViews.urlOf(article.id()), HttpStatus.SEE_OTHER);
    }

    void get(Context ctx) {
        Gate.access(ctx).requireRead(ctx.pathParam("id"));
        ctx.json(ArticleViews.StoredDetail.of(articles.requireArticleJson(ctx.pathParam("id"))));
    }

    void list(Context ctx) {
        Gate.access(ctx).require(Role.VIEWER);
        String status = ctx.queryParam("status");
        ctx.json(new TeamViews.Library(articles.library(ctx.queryParam("q"),
                status == null || status.isBlank() ? null : ClaimStatus.parse(status))
                .stream().map(TeamViews.LibraryItem::of).toList()));
    }

    void reanalyze(Context ctx) {
        Gate.access(ctx).require(Role.EDITOR);
        ArticleService.Reanalysis done = articles.reanalyze(ctx.pathParam("id"));
        ctx.status(done.changed() ? HttpStatus.CREATED : HttpStatus.OK).json(done);
    }

    void createSample(Context ctx) {
        Gate.access(ctx).require(Role.EDITOR);
        ctx.status(HttpStatus.CREATED).json(ArticleViews.Created.of(articles.submitSample()));
    }

    private Article submit(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            ArticleViews.Submission submission = ctx.bodyAsClass(ArticleViews.Submission.class);
            if (submission != null && submission.url() != null && !submission.url().isBlank()) {
                return articles.submitUrl(submission.url());
            }
            if (submission == null || submission.text() == null) {
                throw new InputRejected(Reason.UNUSABLE, "The request has no \"text\" and no \"url\": send "
                        + "{\"title\": ..., \"text\": ...} or {\"url\": \"https://...\"}.");
            }
            return articles.submit(PlainText.withTitle(submission.title(), submission.text()), "paste");
        }
        if (type.startsWith("multipart/form-data")) {
            UploadedFile file = ctx.uploadedFile("file");
            String title = ctx.formParam("title");
            if (file != null && file.size() > 0) {
                SourceDocument read = Uploads.read(file.filename(), bytesOf(file));
                SourceDocument titled = title == null || title.isBlank() ? read
                        : new SourceDocument(title, read.body(), read.links(), read.info());
                return articles.submit(titled, "file:" + file.filename());
            }
            return submitText(title, ctx.formParam("text"), ctx.formParam("url"));
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return submitText(ctx.formParam("title"), ctx.formParam("text"), ctx.formParam("url"));
        }
        throw new InputRejected(Reason.UNSUPPORTED, "Send the article as JSON {\"title\", \"text\"}, "
                + "{\"url\"}, as a form, or as a multipart upload with a \"file\" field; got content type \""
                + (type.isEmpty() ? "none" : type) + "\".");
    }

    private Article submitText(String title, String text, String url) {
        if ((text == null || text.isBlank()) && url != null && !url.isBlank()) {
            return articles.submitUrl(url);
        }
        if (text == null) {
            throw new InputRejected(Reason.UNUSABLE, "Paste the article's text or choose a file.");
        }
        return articles.submit(PlainText.withTitle(title, text), "paste");
    }

    private static byte[] bytesOf(UploadedFile file) {
        try (InputStream in = file.content()) {
            return in.readNBytes(Uploads.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
