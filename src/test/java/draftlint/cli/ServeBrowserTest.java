package draftlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import draftlint.engine.Limits;
import draftlint.serve.ReviewServer;
import draftlint.testing.JsonRun;
import draftlint.testing.TestRules;
import draftlint.testing.ToolNeeded;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review page of {@code draftlint serve} in a real browser: Debian's Chromium driven by its
 * chromedriver through Selenium (never Selenium Manager: nothing is downloaded). Screenshots are
 * left in {@code target/serve-screenshots/} for a person to look at.
 */
class ServeBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SEEDS = TestRules.REPO.resolve("fixtures/seeds");
    private static final Path WORD = TestRules.REPO.resolve("fixtures/word");
    private static final Path SHOTS = TestRules.REPO.resolve("target/serve-screenshots");

    @TempDir
    static Path temp;

    private static ReviewServer server;
    private static URI base;
    private static WebDriver driver;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        ToolNeeded.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the review page is tested in Chromium: apt-get install chromium chromium-driver");
        WorkspaceReviews reviews = new WorkspaceReviews(new RuleOptions(), Limits.defaults(), 2);
        reviews.prepare();
        server = new ReviewServer(reviews, "127.0.0.1", 0, Limits.DEFAULT_MAX_BYTES);
        base = server.start();
        downloads = Files.createDirectories(temp.resolve("downloads"));
        Files.createDirectories(SHOTS);

        // The driver is named, so Selenium Manager is never asked for one (it would go to the network).
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,768", "--user-data-dir=" + Files.createDirectories(temp.resolve("profile")));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Opens a fresh page and chooses the files in its file input, as a writer does. */
    private static void choose(Path... files) {
        choose(base, files);
    }

    private static void choose(URI server, Path... files) {
        driver.get(server.toString());
        waiting().until(d -> d.findElement(By.id("files")));
        StringBuilder paths = new StringBuilder();
        for (Path f : files) paths.append(paths.length() == 0 ? "" : "\n").append(f.toAbsolutePath());
        driver.findElement(By.id("files")).sendKeys(paths.toString());
        waiting().until(d -> d.findElements(By.cssSelector("#results section.file")).size() == files.length
                && d.findElements(By.cssSelector("#results section.file.checking")).isEmpty());
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    private static int visible(String css) {
        return ((Number) js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".filter(e => getComputedStyle(e).display !== 'none').length", css)).intValue();
    }

    @Test
    void aChosenSeedShowsAMarkAndAnEntryForEachFindingAndTheFiltersNarrowTheList() throws Exception {
        Path seed = SEEDS.resolve("000_76c963bfc8d7165d.txt");
        JsonNode checked = JsonRun.check("--no-config", seed.toString()).root().path("files").get(0).path("findings");
        choose(seed);
        screenshot("01-text-seed");
        assertThat(count("#results mark.finding.anchor")).isEqualTo(checked.size());
        assertThat(count("#results li.item")).isEqualTo(checked.size());
        // every mark starts where its finding does: the text of the first anchored mark is the seed's span
        assertThat(driver.findElement(By.cssSelector("#results li.item p.message")).getText())
                .isEqualTo(checked.get(0).path("message").asText());

        int placeholders = 0;
        int errors = 0;
        for (JsonNode f : checked) {
            if (f.path("family").asText().equals("placeholder")) placeholders++;
            if (f.path("severity").asText().equals("error")) errors++;
        }
        assertThat(placeholders).as("the seed has placeholders").isPositive();
        driver.findElement(By.cssSelector("#family-filter input[value=placeholder]")).click();
        assertThat(visible("#results li.item")).isEqualTo(checked.size() - placeholders);
        assertThat(driver.findElement(By.id("shown")).getText()).contains(String.valueOf(checked.size() - placeholders));
        screenshot("02-placeholders-filtered-out");
        driver.findElement(By.cssSelector("#family-filter input[value=placeholder]")).click();
        driver.findElement(By.cssSelector("#severity-filter input[value=error]")).click();
        assertThat(visible("#results li.item")).isEqualTo(checked.size() - errors);
        driver.findElement(By.cssSelector("#severity-filter input[value=error]")).click();
        assertThat(visible("#results li.item")).isEqualTo(checked.size());
        assertNoPolicyViolation();
    }

    @Test
    void theAnnotatedWordCopyDownloadsWithItsComments() throws Exception {
        Path docx = WORD.resolve("000_76c963bfc8d7165d.docx");
        int findings = JsonRun.check("--no-config", docx.toString()).root().path("summary").path("findings").asInt();
        choose(docx);
        assertThat(count("#results mark.finding.anchor")).isEqualTo(findings);
        assertThat(count("#results li.item")).isEqualTo(findings);
        driver.findElement(By.cssSelector("button[data-download=docx]")).click();
        Path copy = waitForDownload(".docx");
        assertThat(copy.getFileName().toString()).isEqualTo("000_76c963bfc8d7165d-审阅.docx");
        try (InputStream in = Files.newInputStream(copy); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getComments()).hasSize(findings);
        }
        screenshot("03-word-seed");
        assertNoPolicyViolation();
    }

    private static Path waitForDownload(String extension) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(extension)).findFirst().orElse(null);
            } catch (Exception e) {
                return null;
            }
        });
    }

    @Test
    void aBadFileShowsItsReasonBesideTheGoodOne() throws Exception {
        Path pdf = Files.write(temp.resolve("通知.docx"), "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path empty = Files.write(temp.resolve("空白.txt"), new byte[0]);
        choose(pdf, SEEDS.resolve("002_382e9c090d7ee9d2.txt"), empty);
        List<WebElement> failed = driver.findElements(By.cssSelector("#results section.file.failed"));
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0).findElement(By.tagName("h2")).getText()).contains("通知.docx");
        assertThat(failed.get(0).findElement(By.cssSelector(".reason")).getText()).startsWith("无法检查：").contains("docx");
        assertThat(failed.get(1).findElement(By.cssSelector(".reason")).getText()).isEqualTo("无法检查：文件是空的");
        assertThat(count("#results section.file:not(.failed) li.item")).isPositive();
        screenshot("04-bad-file");
    }

    @Test
    void aDraftOverTheSizeLimitIsRefusedInThePagesWords() throws Exception {
        WorkspaceReviews reviews = new WorkspaceReviews(new RuleOptions(), Limits.defaults(), 1);
        reviews.prepare();
        try (ReviewServer small = new ReviewServer(reviews, "127.0.0.1", 0, 2048)) {
            choose(small.start(), SEEDS.resolve("002_382e9c090d7ee9d2.txt"));
            assertThat(driver.findElement(By.cssSelector("#results section.file.failed .reason")).getText())
                    .isEqualTo("无法检查：文稿超过本机检查服务的大小上限（启动时可用 --max-size 调大）");
        }
    }

    @Test
    void thePageFitsA1366By768ScreenAndSpeaksEnglishWhenAsked() throws Exception {
        choose(SEEDS.resolve("002_382e9c090d7ee9d2.txt"));
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(1366);
        WebElement text = driver.findElement(By.cssSelector("#results .doc"));
        WebElement list = driver.findElement(By.cssSelector("#results .list"));
        assertThat(list.getRect().getX()).as("the list stands beside the text").isGreaterThan(text.getRect().getX() + 400);
        assertThat(driver.findElement(By.id("drop")).getRect().getY()).as("the drop zone is in the first screen").isLessThan(300);
        screenshot("05-1366x768");

        String chinese = driver.findElement(By.cssSelector("#results li.item p.message")).getText();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("lang"))).selectByValue("en");
        waiting().until(d -> d.findElements(By.cssSelector("#results section.file.checking")).isEmpty()
                && !d.findElement(By.cssSelector("#results li.item p.message")).getText().equals(chinese));
        assertThat(driver.findElement(By.cssSelector("#family-filter legend")).getText()).isEqualTo("Family");
        assertThat(driver.findElement(By.cssSelector("#results li.item p.message")).getText()).doesNotContainPattern("\\p{IsHan}{3}");
        screenshot("06-english");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("lang"))).selectByValue("zh");
        assertNoPolicyViolation();
    }

    @Test
    void pastedTextIsCheckedAndItsFixedTextDownloads() throws Exception {
        driver.get(base.toString());
        driver.findElement(By.id("text")).sendKeys("关于推动推动教育现代化工作的调研报告\n");
        driver.findElement(By.id("check-text")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#results li.item")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#results section.file h2")).getText()).startsWith("粘贴的文字");
        driver.findElement(By.cssSelector("button[data-download=fixed]")).click();
        Path fixed = waitForDownload(".txt");
        assertThat(Files.readString(fixed)).isEqualTo("关于推动教育现代化工作的调研报告\n");
        screenshot("07-pasted");
    }

    /** The page runs under its Content-Security-Policy without breaking it (nothing inline, nothing outside). */
    private static void assertNoPolicyViolation() {
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertThat(severe).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused"));
    }
}
