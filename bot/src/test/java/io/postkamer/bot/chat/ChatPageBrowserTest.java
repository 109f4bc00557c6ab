package io.postkamer.bot.chat;

import io.postkamer.bot.testing.App;
import io.postkamer.cards.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A newcomer's first minute: open the page, ask for help, see the card, press its button, switch language. */
class ChatPageBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ConfigurableApplicationContext app;
    private static ChromeDriver browser;

    @BeforeAll
    static void start(@TempDir Path data, @TempDir Path profile) {
        browser = HeadlessChromium.start(profile);
        app = App.start("postkamer.data-dir=" + data);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static List<WebElement> cards() {
        return browser.findElements(By.cssSelector(".ac-adaptiveCard"));
    }

    private static void waitForCards(int count) {
        waiting().until(driver -> cards().size() >= count);
    }

    private static void type(String text) {
        WebElement box = browser.findElement(By.id("text"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @DisplayName("the page greets, answers help and hulp with rendered cards, and its buttons talk to the bot")
    void chatWithTheBot() throws IOException {
        browser.get(App.url(app, "/").toString());

        waitForCards(1);
        assertThat(new Select(browser.findElement(By.id("who"))).getOptions()).hasSizeGreaterThan(5);
        assertThat(browser.findElement(By.id("who")).getText()).contains("Megan Bowen").contains("Flip Schoonen");

        type("help");
        waitForCards(2);
        WebElement welcome = cards().get(1);
        assertThat(welcome.getText()).contains("Postkamer: shared mailboxes from Teams");
        screenshot("chat-help-en");

        new Select(browser.findElement(By.id("language"))).selectByValue("nl-NL");
        type("hulp");
        waitForCards(3);
        WebElement dutch = cards().get(2);
        assertThat(dutch.getText()).contains("Postkamer: gedeelde postvakken vanuit Teams");
        screenshot("chat-hulp-nl");

        List<WebElement> buttons = dutch.findElements(By.cssSelector("button.ac-pushButton"));
        assertThat(buttons).isNotEmpty();
        buttons.get(0).click();
        waitForCards(4);
        assertThat(cards().get(3).getText()).isNotBlank().isNotEqualTo(dutch.getText());
        screenshot("chat-after-button");
    }

    @Test
    @DisplayName("the page is served with a content security policy and loads nothing from elsewhere")
    void pageIsLocked() {
        var response = App.get(app, "/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'"));
        assertThat(response.body()).doesNotContain("http://").doesNotContain("https://");
    }
}
