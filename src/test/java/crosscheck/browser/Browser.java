package crosscheck.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        // a list the page re-renders while a condition reads it is read again, not a failure
        this.wait.ignoring(StaleElementReferenceException.class);
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

    /** Signs in on the sign-in page, as a person would, and waits until the server has sent the browser on. */
    /** The cookies the browser holds for the server (a signed-in session among them). */
    Set<Cookie> cookies() {
        return driver.manage().getCookies();
    }

    /** Takes over cookies another browser got from the server, so it is signed in without the form. */
    void useCookies(Set<Cookie> cookies) {
        get("/signin");
        cookies.forEach(cookie -> driver.manage().addCookie(cookie));
    }

    void signIn(String name, String password) {
        get("/signin");
        fillSignInForm(name, password);
    }

    /** Fills and sends the sign-in form already on screen (after a redirect to it, say). */
    void fillSignInForm(String name, String password) {
        WebElement nameField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-name")));
        nameField.clear();
        nameField.sendKeys(name);
        driver.findElement(By.id("signin-password")).sendKeys(password);
        driver.findElement(By.id("signin-submit")).click();
        new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "still signing in at " + driver.getCurrentUrl() + ": " + driver.findElement(By.tagName("body")).getText())
                .until(d -> !d.getCurrentUrl().contains("/signin"));
    }

    /** Opens the home page and waits until its script knows who is signed in (and so which parts to show). */
    void openHome() {
        get("/");
        wait.until(ExpectedConditions.attributeToBe(By.id("main"), "data-state", "ready"));
    }

    /** Waits until the reader has loaded the team's work on the claims (statuses, notes) and listens for changes. */
    void waitForWorkflow() {
        wait.until(ExpectedConditions.attributeToBe(By.id("reader"), "data-workflow", "ready"));
    }

    /** Types an article into the home page's form and submits it, as a person would; waits for the reader. */
    void pasteOnHomePage(String title, String text) {
        openHome();
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

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
