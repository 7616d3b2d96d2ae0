package crosscheck.http;

import crosscheck.ingest.ArticleService;
import crosscheck.json.Json;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/** Builds the Javalin app: every route in one place, pages apart from the API. Not started here. */
public final class WebApp {
    private WebApp() {
    }

    public static Javalin create(ArticleService articles, HttpSettings settings) {
        ArticleController articleController = new ArticleController(articles);
        Pages pages = new Pages();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxRequestBytes(), SizeUnit.BYTES);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = Pages.WEB_ROOT;
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY,
                        "X-Content-Type-Options", "nosniff", "Cache-Control", "no-cache");
            });
            config.routes.before(SecurityHeaders::apply);

            // pages
            config.routes.get("/", pages::home);
            config.routes.get("/a/{id}", pages::reader);
            config.routes.post("/articles", articleController::createFromForm);

            // API
            config.routes.get("/api/articles", articleController::list);
            config.routes.post("/api/articles", articleController::create);
            config.routes.get("/api/articles/{id}", articleController::get);
            config.routes.post("/api/sample", articleController::createSample);

            ErrorMapping.register(config);
        });
    }
}
