package io.postkamer.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.bot.testing.App;
import io.postkamer.cards.testing.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The local page shows a card the bot changes after the turn, as Teams does: a new mailbox that takes
 * a few seconds to provision turns into the members step in place, without a press.
 */
class ChatPageUpdatesBrowserTest {
    private static final By CARDS = By.cssSelector(".message-bot .bubble-card .ac-adaptiveCard");

    private static ConfigurableApplicationContext app;
    private static ChromeDriver browser;

    @BeforeAll
    static void start(@TempDir Path data, @TempDir Path profile) {
        browser = HeadlessChromium.start(profile);
        app = App.start("postkamer.data-dir=" + data, "postkamer.demo.provisioning-delay=5s");
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

    @Test
    @DisplayName(
            "Create answers within seconds; when the mailbox is ready the same card becomes the members step, without a press")
    void provisioningCardChangesInPlace() {
        browser.get(App.url(app, "/").toString());
        ((JavascriptExecutor) browser).executeScript("window.sessionStorage.clear()");
        browser.get(App.url(app, "/").toString());
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        WebElement message = browser.findElement(By.id("message"));
        message.sendKeys("create a shared mailbox called Afdeling Wachten", Keys.ENTER);
        waiting()
                .until(driver -> cards().size() == 1 && cards().get(0).getText().contains("I propose this address"));
        press("Next");
        waiting().until(driver -> cards().get(0).getText().contains("Create this shared mailbox?"));

        long pressed = System.nanoTime();
        press("Create");
        waiting().until(driver -> cards().get(0).getText().contains("is being created"));
        Duration answered = Duration.ofNanos(System.nanoTime() - pressed);

        waiting().until(driver -> cards().get(0).getText().contains("Add members"));
        assertThat(answered)
                .as("the Create press answered before the mailbox was ready")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(cards()).as("changed in place, not posted again").hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".bubble-updated"))).isNotEmpty();
    }

    private static List<WebElement> cards() {
        return browser.findElements(CARDS);
    }

    private static void press(String title) {
        cards().get(0).findElements(By.cssSelector("button.ac-pushButton")).stream()
                .filter(button -> button.getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button " + title))
                .click();
    }

    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class).ignoring(IndexOutOfBoundsException.class);
        return wait;
    }
}
