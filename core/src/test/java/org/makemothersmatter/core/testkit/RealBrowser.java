package org.makemothersmatter.core.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver, against a {@link TestServer}: what a person sees of
 * a page (a screenshot of all of it), what axe-core finds wrong with it for WCAG 2.1 A and AA, and whether it
 * scrolls sideways. Starting Chromium takes a second or two: a test class starts one and reuses it.
 */
public final class RealBrowser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String AXE_WEBJAR = "META-INF/resources/webjars/axe-core/";
    /**
     * Selenium warns at each start that it has no DevTools bindings for this Chromium's version: none are needed, the
     * few DevTools commands used go through chromedriver. Kept here, as a logger no one holds forgets its level.
     */
    private static final Logger CDP_VERSIONS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final TestServer server;
    private final Path screenshots;
    private final Path profile;
    private final ChromeDriver driver;
    private String axe;
    /** Whom the browser is signed in as, as far as it was told; null when signed out. */
    private String signedInAs;

    private RealBrowser(TestServer server, Path screenshots, int width, int height, String languages)
            throws IOException {
        this.server = server;
        this.screenshots = screenshots;
        // A profile of its own: nothing kept from another run, nothing shared with a run beside it.
        this.profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No sandbox, as CI runs as root; no GPU in a headless run; and no calls home (updates, sync, first run).
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        if (languages != null) {
            // What the browser asks for, as a person whose browser is set to these languages.
            options.addArguments("--accept-lang=" + languages, "--lang=" + languages.split(",")[0]);
        }
        // The console's messages are kept, so that a test can tell a script that failed or a refusal of the security
        // policy from a page that works.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /**
     * Chromium at this window size, its screenshots kept under {@code target/screenshots/<test class>/}; fails, saying
     * what to install, where Debian's chromium and chromium-driver are missing.
     */
    public static RealBrowser start(TestServer server, Class<?> testClass, int width, int height) {
        return start(server, testClass, width, height, null);
    }

    /** The same, asking for pages in these languages ({@code Accept-Language}: "fr-BE,fr"). */
    public static RealBrowser start(TestServer server, Class<?> testClass, int width, int height, String languages) {
        CDP_VERSIONS.setLevel(Level.SEVERE);
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                throw new IllegalStateException(program + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver; the CI installs them).");
            }
        }
        try {
            return new RealBrowser(server, Path.of("target", "screenshots", testClass.getSimpleName()), width, height,
                    languages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes the window, as a person turning from a desktop to a phone would find the same pages. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Opens a path of the test server and waits for the page to load. */
    public void open(String path) {
        driver.get(server.uri(path).toString());
    }

    /**
     * Signs in to the back office through its form, as its user would, giving the code of their phone when asked and
     * setting two-factor sign-in up when they must; the sign-in must succeed.
     */
    public void signIn(String email, String password) {
        open("/admin/login");
        find("#email").sendKeys(email);
        find("#password").sendKeys(password);
        submit("form");
        if (path().startsWith("/admin/login/code")) {
            find("#code").sendKeys(SecondFactor.code(server, email));
            submit("form");
        }
        if (path().equals("/admin/me/two-factor")) {
            find("#code").sendKeys(SecondFactor.code(SecondFactor.secretIn(driver.getPageSource())));
            submit("#two-factor-form");
        }
        if (path().startsWith("/admin/login")) {
            throw new IllegalStateException("Signing in as " + email + " failed: " + find("main").getText());
        }
        signedInAs = email;
    }

    /** Signs in as this account, or out (null), unless the browser already is. */
    public void actAs(String email, String password) {
        if (Objects.equals(email, signedInAs)) {
            return;
        }
        signOut();
        if (email != null) {
            signIn(email, password);
        }
    }

    /** Says whom the browser is signed in as from now on, when a page other than signing in did it (a link mailed). */
    public void signedInAs(String email) {
        signedInAs = email;
    }

    /** Presses the submit button of the form that matches this selector, and waits for the page that answers. */
    public void submit(String formSelector) {
        followClick(find(formSelector).findElement(By.cssSelector("button[type=submit]")));
    }

    /** Clicks the button or link that matches this selector, and waits for the page that answers. */
    public void followClick(String selector) {
        followClick(find(selector));
    }

    private void followClick(WebElement element) {
        WebElement page = find("html");
        element.click();
        // While the old page goes, chromedriver may say its node is gone in other words than "stale": asked again.
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(page));
    }

    /** Forgets the session, so that the next page is a signed-out visitor's. */
    public void signOut() {
        driver.manage().deleteAllCookies();
        signedInAs = null;
    }

    /** The path and query of the page shown. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(server.uri("").toString().length());
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** The paths the links that match this selector lead to, in the page's order. */
    public List<String> links(String cssSelector) {
        String base = server.uri("").toString();
        return findAll(cssSelector).stream().map(a -> a.getDomProperty("href"))
                .map(href -> href.startsWith(base) ? href.substring(base.length()) : href).toList();
    }

    /** The whole page as a PNG, not only what the window shows; returns where it was written. */
    public Path screenshot(String name) {
        @SuppressWarnings("unchecked")
        List<Long> size = (List<Long>) driver.executeScript(
                "return [window.innerWidth, document.documentElement.scrollHeight];");
        // The page in a window as tall as itself, so without the scroll bar that would take its width.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.get(0),
                "height", size.get(1), "deviceScaleFactor", 1, "mobile", false));
        Map<String, Object> shot;
        try {
            shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        Path file = screenshots.resolve(name + ".png");
        try {
            Files.createDirectories(screenshots);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * What axe-core finds against WCAG 2.0 and 2.1, levels A and AA, one line a rule broken: its id, its impact, and
     * the selectors of the elements that break it.
     */
    public List<String> axeViolations() {
        driver.executeScript(axeSource());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(results => done(results.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))}))))
                  .catch(error => done([{id: 'axe-failed', impact: 'unknown', help: String(error), targets: []}]));
                """, WCAG_TAGS);
        return violations.stream().map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " – "
                + String.join(", ", (List<String>) v.get("targets"))).toList();
    }

    /**
     * The errors the console reported since the last call: a script that failed, a file not found, what the page's
     * Content-Security-Policy refused.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .toList();
    }

    /** Runs a script in the page and returns what it returns, as Selenium converts it. */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** Waits, ten seconds at most, until the script returns true: for what a page does after it loaded. */
    public void waitUntil(String description, String script, Object... arguments) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(description)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(script, arguments)));
    }

    /** The text the page shows, as a person reads it: what is hidden is not in it. */
    public String visibleText() {
        return (String) driver.executeScript("return document.body.innerText;");
    }

    /** The whole texts of the page's buttons, links, headings, labels, table headers and options shown. */
    @SuppressWarnings("unchecked")
    public List<String> labels() {
        return (List<String>) driver.executeScript("return Array.from(document.querySelectorAll("
                + "'button, a, h1, h2, h3, label, th, summary, option, caption, legend'))"
                + ".map(e => e.innerText || e.textContent || '');");
    }

    /** The language the page says it is in: its {@code <html lang>}. */
    public String language() {
        return find("html").getDomAttribute("lang");
    }

    /** Whether the page is wider than the window, so that a person would have to scroll it sideways. */
    public boolean horizontalOverflow() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    /** axe-core's script, from the WebJar on the test class path: no network while the tests run. */
    private String axeSource() {
        if (axe == null) {
            axe = read(AXE_WEBJAR + webJarVersion() + "/axe.min.js");
        }
        return axe;
    }

    private static String webJarVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = RealBrowser.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path: is axe-core's WebJar a dependency?");
        }
        return in;
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
