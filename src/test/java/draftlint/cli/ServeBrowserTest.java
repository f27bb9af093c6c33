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

    private static TestServer served;
    private static URI base;
    private static WebDriver driver;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        ToolNeeded.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the review page is tested in Chromium: apt-get install chromium chromium-driver");
        served = TestServer.start(Limits.defaults(), 2);
        base = served.base;
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
        if (served != null) served.close();
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
        assertThat(driver.findElement(By.cssSelector("#results section.file h2 small")).getText())
                .as("a Word file's header names no encoding").doesNotContain("编码");
        assertThat(driver.findElements(By.cssSelector("#results li.item a.at")).get(1).getText()).as("Word counts paragraphs").matches("第\\d+段");
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
    void aDraftOverTheSizeLimitIsRefusedInTheServersWordsInThePagesLanguage() throws Exception {
        WorkspaceReviews reviews = new WorkspaceReviews(new RuleOptions(), Limits.defaults(), 1);
        reviews.prepare();
        try (ReviewServer small = new ReviewServer(reviews, "127.0.0.1", 0, 2048)) {
            choose(small.start(), SEEDS.resolve("002_382e9c090d7ee9d2.txt"));
            assertThat(driver.findElement(By.cssSelector("#results section.file.failed .reason")).getText())
                    .isEqualTo("无法检查：文稿超过本机检查服务的大小上限 2 KB（启动 draftlint serve 时可用 --max-size 调大）");
            screenshot("08-over-the-limit");
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("lang"))).selectByValue("en");
            waiting().until(d -> d.findElements(By.cssSelector("#results section.file.checking")).isEmpty()
                    && d.findElement(By.cssSelector("#results section.file.failed .reason")).getText().startsWith("Cannot"));
            assertThat(driver.findElement(By.cssSelector("#results section.file.failed .reason")).getText())
                    .isEqualTo("Cannot check: the drafts are larger than the server's limit of 2 KB "
                            + "(start draftlint serve with a larger --max-size)");
        } finally {
            js("localStorage.removeItem('draftlint-lang')");
        }
    }

    private static List<String> rules(JsonNode findings) {
        List<String> ids = new java.util.ArrayList<>();
        for (JsonNode f : findings) ids.add(f.path("rule").asText());
        return ids;
    }

    private static List<String> listedRules() {
        return driver.findElements(By.cssSelector("#results li.item code")).stream().map(WebElement::getText).toList();
    }

    @Test
    void choosingAKindChecksTheDraftAsCheckKindDoes() throws Exception {
        Path seed = SEEDS.resolve("000_76c963bfc8d7165d.txt");
        JsonNode auto = JsonRun.check("--no-config", seed.toString()).root().path("files").get(0);
        JsonNode notice = JsonRun.check("--no-config", "--kind", "notice", seed.toString()).root().path("files").get(0);
        assertThat(auto.path("kind").asText()).as("the seed is recognized as a speech").isEqualTo("speech");
        assertThat(rules(notice.path("findings"))).as("as a notice it lacks a notice's parts").isNotEqualTo(rules(auto.path("findings")));
        choose(seed);
        org.openqa.selenium.support.ui.Select kind = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("kind")));
        // The choices come from the server (GET /api/kinds), auto first.
        assertThat(kind.getOptions().stream().map(WebElement::getText).toList())
                .containsExactly("自动识别（按标题判断）", "汇编", "通知", "工作要点/计划", "调研报告", "讲话/发言", "工作总结/报告");
        assertThat(kind.getFirstSelectedOption().getText()).isEqualTo("自动识别（按标题判断）");
        assertThat(listedRules()).isEqualTo(rules(auto.path("findings")));
        assertThat(driver.findElement(By.cssSelector("#results section.file h2 small")).getText()).startsWith("文种：讲话/发言（据标题推断）");

        kind.selectByValue("notice");
        waiting().until(d -> d.findElements(By.cssSelector("#results section.file.checking")).isEmpty()
                && listedRules().equals(rules(notice.path("findings"))));
        assertThat(count("#results mark.finding.anchor")).isEqualTo(notice.path("findings").size());
        assertThat(driver.findElement(By.cssSelector("#results section.file h2 small")).getText()).startsWith("文种：通知 ·");
        assertThat(driver.findElement(By.id("kind")).getAttribute("title")).startsWith("按通知检查，须有：").contains("主送机关");
        screenshot("09-kind-notice");

        kind.selectByValue("");
        waiting().until(d -> d.findElements(By.cssSelector("#results section.file.checking")).isEmpty()
                && listedRules().equals(rules(auto.path("findings"))));
        assertNoPolicyViolation();
    }

    @Test
    void aDraftOfNoKnownKindSaysWhereToChooseOne() throws Exception {
        Path plain = Files.writeString(temp.resolve("随笔.txt"), "这是一段没有标题的文字，说明今年的工作安排。\n");
        assertThat(JsonRun.check("--no-config", plain.toString()).root().path("files").get(0).path("kind").asText()).isEqualTo("unknown");
        choose(plain);
        assertThat(driver.findElement(By.cssSelector("#results section.file h2 small")).getText())
                .startsWith("文种：未能判断（可在上方“文种”中选定） ·");
        screenshot("13-unknown-kind");
    }

    @Test
    void theKindsAreNamedInEnglishOnTheEnglishPage() throws Exception {
        driver.get(base.toString());
        try {
            new org.openqa.selenium.support.ui.Select(waiting().until(d -> d.findElement(By.id("lang")))).selectByValue("en");
            org.openqa.selenium.support.ui.Select kind = new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("kind")));
            waiting().until(d -> kind.getOptions().size() > 1 && kind.getOptions().get(2).getText().equals("notice"));
            assertThat(kind.getOptions().get(0).getText()).isEqualTo("recognized from the title");
            assertThat(driver.findElement(By.cssSelector("label.setting span")).getText()).isEqualTo("Kind");
        } finally {
            js("localStorage.removeItem('draftlint-lang')");
        }
    }

    @Test
    void aDraftWithHundredsOfFindingsReadsInA1024WideWindow() throws Exception {
        StringBuilder draft = new StringBuilder("关于做好XX年度重点工作的通知\n各区县人民政府：\n");
        for (int i = 1; i <= 130; i++) {
            draft.append("第").append(i).append("项，本单位完成投资**万元，同比增长**%，责任人：张**。\n");
        }
        Path long_ = Files.writeString(temp.resolve("长稿.txt"), draft.toString());
        int findings = JsonRun.check("--no-config", long_.toString()).root().path("summary").path("findings").asInt();
        assertThat(findings).as("a draft with hundreds of findings").isGreaterThan(200);
        driver.manage().window().setSize(new Dimension(1024, 768));
        try {
            choose(long_);
            assertThat(count("#results li.item")).isEqualTo(findings);
            screenshot("10-1024-long-draft");
            assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).as("no sideways scrolling").isLessThanOrEqualTo(1024);
            WebElement text = driver.findElement(By.cssSelector("#results .doc"));
            WebElement list = driver.findElement(By.cssSelector("#results .list"));
            assertThat(list.getRect().getX()).as("the list stands beside the text").isGreaterThan(text.getRect().getX() + 400);
            assertThat(list.getRect().getHeight()).as("the list scrolls in a box no taller than the window")
                    .isLessThanOrEqualTo(((Number) js("return window.innerHeight")).intValue());
            // Positions as a writer counts them: the whole document, then lines.
            List<String> at = driver.findElements(By.cssSelector("#results li.item a.at")).stream().limit(3).map(WebElement::getText).toList();
            assertThat(at).containsExactly("全文", "全文", "第1行");
            assertThat(driver.findElements(By.cssSelector("#results li.item a.at")).get(2).getAttribute("title")).isEqualTo("第1行第5字");
            js("window.scrollTo(0, 1500)");
            screenshot("11-1024-long-draft-scrolled");
            // Every family unticked: the list says so instead of standing empty.
            js("window.scrollTo(0, 0)");
            assertThat(driver.findElement(By.cssSelector("#results .all-filtered")).isDisplayed()).isFalse();
            for (WebElement box : driver.findElements(By.cssSelector("#family-filter input"))) box.click();
            assertThat(visible("#results li.item")).isZero();
            assertThat(js("return getComputedStyle(document.querySelector('#results mark.finding.caret')).borderLeftColor"))
                    .as("the whole-document caret is filtered out too").isEqualTo("rgba(0, 0, 0, 0)");
            assertThat(driver.findElement(By.cssSelector("#results .all-filtered")).getText()).isEqualTo("所选类别和级别下没有问题：请在上方勾选");
            screenshot("12-1024-all-filtered");
            for (WebElement box : driver.findElements(By.cssSelector("#family-filter input"))) box.click();
            assertThat(visible("#results li.item")).isEqualTo(findings);
        } finally {
            driver.manage().window().setSize(new Dimension(1366, 768));
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
        waiting().until(d -> d.findElement(By.id("kind")).findElements(By.tagName("option")).size() > 1);
        screenshot("00-empty-page");
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
