package crosscheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.TestServer;
import crosscheck.ingest.ArticleService;
import crosscheck.json.Json;
import crosscheck.model.SourceDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Browser timing, a benchmark rather than a test (tag "bench", run with {@code mvn verify -Pbench}): a 10,000-word
 * article with about a thousand highlights, opened five times in headless Chromium. Prints first contentful paint,
 * the time until the text and sidebar are ready, a type toggle and a claim focus (each until the next frame is drawn).
 */
@Tag("bench")
class ReaderTimingBenchIT {
    static final int WORDS = 10_000;
    static final int RUNS = 5;

    TestServer server;
    ChromeDriverService service;
    ChromeDriver driver;

    @BeforeEach
    void open() {
        server = TestServer.startWith(config -> config.withAnalysesPerMinute(10_000));
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        driver = new ChromeDriver(service, options);
        // members only: sign in through the page once, as a person would
        driver.get(server.baseUrl() + "/signin");
        driver.findElement(By.id("signin-name")).sendKeys(TestServer.ADMIN);
        driver.findElement(By.id("signin-password")).sendKeys(TestServer.ADMIN_PASSWORD);
        driver.findElement(By.id("signin-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/signin"));
    }

    @AfterEach
    void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            server.close();
        }
    }

    private static SourceDocument longArticle() {
        SourceDocument sample = ArticleService.sampleDocument();
        String[] paragraphs = sample.body().split("\n\n");
        StringBuilder body = new StringBuilder();
        int words = 0;
        for (int copy = 1; words < WORDS; copy++) {
            for (String paragraph : paragraphs) {
                String varied = paragraph.replace("$61 billion", "$" + (60 + copy) + " billion");
                body.append(body.length() == 0 ? "" : "\n\n").append(varied);
                words += varied.split("\\s+").length;
            }
        }
        return SourceDocument.of(sample.title(), body.toString());
    }

    @Test
    void timeTheReaderOnALongArticle() throws Exception {
        SourceDocument article = longArticle();
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/articles"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + server.adminToken())
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("title", article.title(), "text", article.body())))).build(),
                HttpResponse.BodyHandlers.ofString());
        String url = Json.read(created.body(), JsonNode.class).get("url").asText();
        JavascriptExecutor js = driver;
        List<Double> paint = new ArrayList<>();
        List<Double> ready = new ArrayList<>();
        List<Double> toggle = new ArrayList<>();
        List<Double> focus = new ArrayList<>();
        long highlights = 0;
        for (int run = 0; run < RUNS; run++) {
            driver.get("about:blank");
            driver.get(server.baseUrl() + url);
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.attributeToBe(By.id("reader"), "data-state", "ready"));
            highlights = (Long) js.executeScript("return document.querySelectorAll('#article .ent').length;");
            paint.add(((Number) js.executeScript(
                    "const e = performance.getEntriesByName('first-contentful-paint')[0]; return e ? e.startTime : -1;")).doubleValue());
            ready.add(((Number) js.executeScript(
                    "const e = performance.getEntriesByName('crosscheck:ready')[0]; return e ? e.startTime : -1;")).doubleValue());
            toggle.add(((Number) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const input = document.querySelector('#legend-items input[data-type="PERSON"]');
                    const start = performance.now();
                    input.click();
                    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));""")).doubleValue());
            focus.add(((Number) js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const cards = document.querySelectorAll('#claim-list .claim');
                    const card = cards[Math.floor(cards.length / 2)];
                    const start = performance.now();
                    card.click();
                    requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));""")).doubleValue());
        }
        System.out.printf("reader timing, %d-word article, %d highlights, median of %d runs in headless Chromium:%n",
                WORDS, highlights, RUNS);
        System.out.printf("  first contentful paint: %.0f ms%n", median(paint));
        System.out.printf("  text and sidebar ready: %.0f ms%n", median(ready));
        System.out.printf("  type toggle (to next frame): %.1f ms%n", median(toggle));
        System.out.printf("  claim focus (to next frame): %.1f ms%n", median(focus));
        assertTrue(highlights > 500, "the benchmark article has many highlights: " + highlights);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
