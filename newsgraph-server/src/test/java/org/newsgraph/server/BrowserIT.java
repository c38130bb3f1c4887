package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code scripts/install-browser}) over the fixture store: search, open an event, follow an entity link, read
 * what a user sees; phone width and keyboard only. Writes its screenshots to {@code target/screenshots/}; with
 * {@code -Dnewsgraph.refreshScreenshots=true} it refreshes the README's, in {@code docs/screenshots/}, instead (so an
 * ordinary test run never rewrites a tracked file).
 */
class BrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Boolean.getBoolean("newsgraph.refreshScreenshots")
            ? Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("screenshots")
            : Path.of("").toAbsolutePath().resolve("target").resolve("screenshots");

    @TempDir
    static Path dir;

    static TestServers servers;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Browser tests skipped: /usr/bin/chromium is not installed (run scripts/install-browser).");
        assertThat(DRIVER).as("chromium is installed but its WebDriver is not: run scripts/install-browser (package chromium-driver)")
                .isExecutable();
        servers = TestServers.withFixture(dir.resolve("store"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000",
                "--lang=en-US", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (servers != null) {
            servers.close();
        }
    }

    static void open(String path) {
        browser.get(servers.url(path));
    }

    static void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    @Test
    void searchOpenTheEventAndFollowAnEntityLink() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1300));
        open("/");
        assertThat(text("h1")).isEqualTo("Events in the news");
        assertThat(text("#latest + ol")).contains("Sudmark president visits Oslo", "Ministers of Norland and Sudmark meet in Geneva");
        assertThat(text("#actors + ol")).contains("Ana Berg");
        shot("home");

        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("ceasefire");
        box.submit();
        wait.until(ExpectedConditions.titleContains("Search: ceasefire"));
        List<WebElement> events = browser.findElements(By.cssSelector("#ev ~ ol.events a.headline"));
        assertThat(events).extracting(WebElement::getText).containsExactly("Ministers of Norland and Sudmark meet in Geneva");
        shot("search");

        events.get(0).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Ministers of Norland and Sudmark meet in Geneva"));
        assertThat(text("dl.facts")).contains("Who\nNorland", "Actors\nAna Berg, Sudmark", "Did what\nCONSULT", "To whom\nSudmark", "When\n2024-03-04", "Where\nGeneva");
        assertThat(browser.findElements(By.cssSelector("mark.evidence"))).extracting(WebElement::getText)
                .anyMatch(t -> t.startsWith("Foreign ministers of Norland and Sudmark met in Geneva"));
        assertThat(text("#disagree + table")).contains("date 2024-03-04 Harbour Times", "date 2024-03-05 Valley Post");
        assertThat(text("#outlets + div")).contains("Independent (own text)\nHarbour Times\nValley Post", "Coast Courier");
        assertThat(text("#quotes + ul")).contains("“We made real progress today.”");
        shot("event");

        browser.findElement(By.linkText("Compare the sources side by side")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "What each source said"));
        assertThat(text(".compare")).contains("Valley Post", "slammed", "regime");
        shot("sources");
        browser.navigate().back();

        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//dl[@class='facts']/dt[text()='Actors']/following-sibling::dd[1]/a"))).click();
        wait.until(ExpectedConditions.titleContains("Ana Berg"));
        assertThat(text("h1")).startsWith("Ana Berg");
        assertThat(text("#aliases + ul")).contains("Berg");
        assertThat(text("#roles + table")).contains("foreign minister 2024-03-04 2024-03-06 3");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cooccurrence canvas")));
        assertThat(text("#graph ~ ol.ranked")).contains("Sudmark");
        shot("entity");
    }

    @Test
    void mapAndStoryShowTheEventsOfTheFixture() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/map");
        assertThat(browser.findElements(By.cssSelector("a.marker"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("g.land path")).size()).isGreaterThan(150);
        shot("map");
        open("/stories/" + NewsFixture.STORY);
        assertThat(browser.findElements(By.cssSelector("ol.timeline a.headline"))).extracting(WebElement::getText)
                .containsExactly("Ministers of Norland and Sudmark meet in Geneva", "Sudmark president visits Oslo");
        shot("story");
    }

    @Test
    void alertsPageListsEachFeedAndNamesAWebhooksHost() {
        servers.store().saveSearch(new org.newsgraph.store.SavedSearch("visits", "type=VISIT", "https://hooks.example/newsgraph"));
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/alerts");
        List<WebElement> items = browser.findElements(By.cssSelector("main li"));
        assertThat(items).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("visits.atom").contains("type=VISIT").contains("webhook hooks.example"))
                .anySatisfy(t -> assertThat(t).startsWith(NewsFixture.ALERT + ".atom").doesNotContain("webhook"));
        assertThat(browser.findElement(By.linkText("visits.atom")).getAttribute("href")).endsWith("/feeds/visits.atom");
        long scroll = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
        long width = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertThat(scroll).isLessThanOrEqualTo(width);
    }

    @Test
    void phoneWidthHasNoSidewaysScrolling() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String p : List.of("/", "/events/" + NewsFixture.MEETING, "/entities/" + NewsFixture.BERG, "/events")) {
            open(p);
            long scroll = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
            long width = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
            assertThat(scroll).as(p).isLessThanOrEqualTo(width);
        }
        open("/events/" + NewsFixture.MEETING);
        shot("event-phone");
    }

    @Test
    void keyboardAloneReachesSearchAndEvents() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open("/");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        // from the main content, the first stops are the big search box and its button
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("home-q");
        new Actions(browser).sendKeys("Oslo", Keys.ENTER).perform();
        wait.until(ExpectedConditions.titleContains("Search: Oslo"));
        // tab to the first event link and open it with Enter
        for (int i = 0; i < 40; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if ("Sudmark president visits Oslo".equals(browser.switchTo().activeElement().getText())) {
                break;
            }
        }
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Sudmark president visits Oslo");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Sudmark president visits Oslo"));
    }
}
