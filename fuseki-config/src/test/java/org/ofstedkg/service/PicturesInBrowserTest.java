package org.ofstedkg.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ofstedkg.loader.Loader;
import org.ofstedkg.loader.derive.DerivedFacts;
import org.ofstedkg.loader.store.KnowledgeGraphStore;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The pictures in a real browser: headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs) against the server loaded with ../shared/seeds. Each page loads without console errors,
 * its charts are drawn as SVG with the number of marks the seeds give, its links to the server answer 200 or 303, and a screenshot
 * of it and of each of its charts is written to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PicturesInBrowserTest {

    private static final Path SEEDS = Path.of(System.getProperty("ofstedkg.shared", "../shared"), "seeds");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHESHIRE_EAST = "80447";
    private static final String CHESHIRE_WEST = "80448";

    private FusekiServer server;
    private ChromeDriver browser;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS), "no seeds at " + SEEDS.toAbsolutePath() + " (set -Dofstedkg.shared)");
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> driver = onPath("chromedriver");
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "no chromium or chromedriver on the PATH (apt-get install chromium chromium-driver, as .ci/run does)");
        Path db = Path.of("target", "pictures-service", "db");
        SampleService.deleteTree(db.getParent());
        try (KnowledgeGraphStore store = KnowledgeGraphStore.openOrCreate(db); Stream<Path> seeds = Files.list(SEEDS)) {
            Loader loader = Loader.standard(store);
            for (Path seed : seeds.sorted().toList()) {
                loader.load(seed);
            }
            DerivedFacts.recompute(store.dataset());
        }
        server = KnowledgeGraphServer.start(ServiceSettings.forDatabase(db).withPort(0));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"), "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build(), options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void anAuthorityProfileDrawsItsGradesWeaknessesAndNeighbours() throws Exception {
        Map<String, Integer> marks = visit("/doc/authority/" + CHESHIRE_EAST, "authority-profile");
        assertEquals(Map.of(
                "grade-timeline symbol", 11,
                "neighbour-grades rect", 2,
                "weakness-heatmap rect", 54,
                "weakness-heatmap symbol", 39), marks);
        String page = browser.getPageSource();
        assertTrue(page.contains("10 practice themes were weaknesses in two or more of its inspections"), page);
    }

    @Test
    void theNationalOverviewDrawsTheGradeDistributionAndTheThemeHeatMap() throws Exception {
        Map<String, Integer> marks = visit("/overview?sort=date&order=desc", "national-overview");
        assertEquals(Map.of("grade-distribution rect", 16, "weak-themes-by-year rect", 47), marks);
        List<String> authorities = browser.findElements(By.cssSelector("table.sortable tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Cheshire West and Chester", "Cheshire East"), authorities);
    }

    @Test
    void theComparisonDrawsBothAuthoritiesSideBySide() throws Exception {
        Map<String, Integer> marks = visit("/compare?authority=" + CHESHIRE_EAST + "&authority=Cheshire+West+and+Chester",
                "compare");
        assertEquals(Map.of("grade-timeline-1 symbol", 11, "grade-timeline-2 symbol", 5), marks);
    }

    /**
     * Opens a page, waits for its charts, checks the console and the links, saves a screenshot, and gives the marks
     * of each chart by kind ("chart-id rect" for its rectangles, "chart-id symbol" for its points).
     */
    private Map<String, Integer> visit(String path, String name) throws Exception {
        String base = "http://localhost:" + server.getPort();
        browser.get(base + path);
        List<WebElement> charts = browser.findElements(By.cssSelector(".chart-view"));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (charts.stream().anyMatch(c -> c.getDomAttribute("data-drawn") == null) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Map<String, Integer> marks = new TreeMap<>();
        for (WebElement chart : charts) {
            String id = chart.getDomAttribute("id");
            assertEquals("true", chart.getDomAttribute("data-drawn"), id + " was not drawn: " + chart.getText());
            for (String kind : List.of("rect", "symbol")) {
                int count = chart.findElements(By.cssSelector("svg g.mark-" + kind + ".role-mark > path")).size();
                if (count > 0) {
                    marks.put(id + " " + kind, count);
                }
            }
        }
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), errors, "console of " + path);
        // Links to this server are followed; links elsewhere (the licence, ONS geographies) are not, so that the
        // test sends no request off the machine.
        TreeSet<String> links = new TreeSet<>();
        for (WebElement link : browser.findElements(By.cssSelector("a[href]"))) {
            String href = link.getDomProperty("href");
            if (href.startsWith(base + "/")) {
                links.add(href);
            }
        }
        for (String link : links) {
            int status = http.send(HttpRequest.newBuilder(URI.create(link)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status == 200 || status == 303, link + " answered " + status);
        }
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 100, 12000)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        for (WebElement chart : browser.findElements(By.cssSelector(".chart-view"))) {
            Files.write(SCREENSHOTS.resolve(name + "-" + chart.getDomAttribute("id") + ".png"),
                    chart.getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1280, 1000));
        System.out.println(path + ": " + marks + ", " + links.size() + " links checked, screenshot " + name + ".png");
        return marks;
    }

    private static Optional<Path> onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
