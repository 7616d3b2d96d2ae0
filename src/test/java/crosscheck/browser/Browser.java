package crosscheck.browser;

import com.fasterxml.jackson.databind.JsonNode;
import crosscheck.json.Json;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (given by path: nothing is downloaded), plus the
 * steps the browser tests share. One per test; not thread-safe.
 */
final class Browser implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    /** Runs in every page before the page's own scripts: records Content-Security-Policy violations. */
    private static final String CSP_RECORDER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                (event) => window.__cspViolations.push(event.violatedDirective + ' blocked ' + event.blockedURI));
            """;

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final ChromeDriverService service;
    private final String baseUrl;

    private Browser(ChromeDriverService service, ChromeDriver driver, String baseUrl) {
        this.service = service;
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    static Browser open(String baseUrl) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
            return new Browser(service, driver, baseUrl);
        } catch (RuntimeException e) {
            driver.quit();
            service.stop();
            throw e;
        }
    }

    /** Opens a path of the app ("/a/xyz") or any absolute address ("about:blank"). */
    void get(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("/") ? baseUrl + pathOrUrl : pathOrUrl);
    }

    /** Opens the reader for an article and waits until its script has built the page. */
    void openReader(String pathAndQuery) {
        get(pathAndQuery);
        waitForReader();
    }

    void waitForReader() {
        wait.until(ExpectedConditions.attributeToBe(By.id("reader"), "data-state", "ready"));
    }

    /** Types an article into the home page's form and submits it, as a person would; waits for the reader. */
    void pasteOnHomePage(String title, String text) {
        get("/");
        if (title != null) {
            driver.findElement(By.id("article-title")).sendKeys(title);
        }
        driver.findElement(By.id("article-text")).sendKeys(text);
        driver.findElement(By.id("submit-article")).click();
        wait.until(ExpectedConditions.urlMatches("/a/[^/?#]+$"));
        waitForReader();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Whether the whole of an element lies inside the window. */
    boolean isInViewport(WebElement element) {
        return Boolean.TRUE.equals(script("""
                const box = arguments[0].getBoundingClientRect();
                return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;""", element));
    }

    String activeElementId() {
        return (String) script("return document.activeElement && document.activeElement.id;");
    }

    void assertNoCspViolations() {
        Object violations = script("return window.__cspViolations || [];");
        assertEquals(List.of(), violations, "the page broke its Content-Security-Policy");
    }

    /** Stores an article through the API, as another member of the team would; returns its reader path. */
    static String createArticle(String baseUrl, String title, String text) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("title", title, "text", text))))
                .build();
        HttpResponse<String> response = send(request);
        assertEquals(201, response.statusCode(), response.body());
        return Json.read(response.body(), JsonNode.class).get("url").asText();
    }

    /** POSTs JSON to the API and returns the status and parsed body, for comparing the page with the API. */
    static HttpResponse<String> postJson(String baseUrl, String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the API", e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
