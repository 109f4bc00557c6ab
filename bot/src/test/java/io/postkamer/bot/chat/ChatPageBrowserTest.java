package io.postkamer.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.postkamer.bot.testing.App;
import io.postkamer.cards.testing.HeadlessChromium;
import io.postkamer.dialogs.audit.AuditEntry;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.mailbox.Contoso;
import io.postkamer.mailbox.demo.DemoTenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/** The local chat page in a real browser, talking to the bot on the demo tenant through /api/messages. */
class ChatPageBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String WELCOME_EN = "Postkamer: shared mailboxes from Teams";
    private static final String WELCOME_NL = "Postkamer: gedeelde postvakken vanuit Teams";
    private static final By CARDS = By.cssSelector(".message-bot .bubble-card .ac-adaptiveCard");

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

    /** Each test starts as a new browser session: first person (Megan), English, a new conversation. */
    @BeforeEach
    void openFreshPage() {
        browser.get(url());
        ((JavascriptExecutor) browser).executeScript("window.sessionStorage.clear()");
        browser.get(url());
        waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    @Test
    @DisplayName(
            "typing help shows the welcome card drawn by the Adaptive Cards renderer; its button starts creating; Next replaces the card in place")
    void helpCardButtonAndUniversalAction() {
        say("help");
        WebElement welcome = waitForCardWith(1, WELCOME_EN);
        assertThat(welcome.getText()).contains("Create a shared mailbox, with its members and their permissions");

        press(welcome, "Create a shared mailbox");
        WebElement nameCard = waitForCardWith(2, "What should it be called?");
        nameCard.findElement(By.cssSelector("input.ac-textInput")).sendKeys("Marketing");
        press(nameCard, "Next");

        waiting()
                .until(driver -> cards().size() == 2
                        && cards().get(1).getText().contains("I propose this address for \"Marketing\""));
        assertThat(cards().get(1)
                        .findElement(By.cssSelector("input.ac-textInput"))
                        .getAttribute("value"))
                .startsWith("marketing");
        assertThat(browser.findElements(By.cssSelector(".message-user .bubble")))
                .extracting(WebElement::getText)
                .containsExactly("help");
        screenshot("chat-page-english");
    }

    @Test
    @DisplayName("with Nederlands chosen the bot answers in Dutch and the page speaks Dutch")
    void dutch() {
        new Select(browser.findElement(By.id("language"))).selectByVisibleText("Nederlands");
        say("hulp");

        WebElement welcome = waitForCardWith(1, WELCOME_NL);
        assertThat(welcome.getText()).contains("Een gedeeld postvak maken");
        assertThat(browser.findElement(By.id("label-person")).getText()).isEqualTo("U bent");
        assertThat(browser.findElement(By.id("identity-role")).getText()).isEqualTo("Globale beheerder");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
        screenshot("chat-page-dutch");
    }

    @Test
    @DisplayName(
            "the people of the tenant are offered administrators first; choosing another shows that person's own chat")
    void changingWhoYouAre() {
        Select person = new Select(browser.findElement(By.id("person")));
        assertThat(person.getOptions())
                .extracting(WebElement::getText)
                .startsWith(
                        "Megan Bowen – Global Administrator",
                        "Adele Vance – Exchange Administrator",
                        "Jeroen van den Berg – Exchange Administrator");
        assertThat(person.getOptions())
                .extracting(WebElement::getText)
                .contains(
                        "Flip Schoonen – User", "Ger Verbeek – User", "Lotte de Vries – User", "Pieter Jansen – User");
        say("help");
        waitForCardWith(1, WELCOME_EN);

        person.selectByVisibleText("Flip Schoonen – User");
        waiting().until(driver -> cards().isEmpty());
        assertThat(browser.findElement(By.id("identity-name")).getText()).isEqualTo("Flip Schoonen");
        assertThat(browser.findElement(By.id("identity-role")).getText()).isEqualTo("User");

        say("create a shared mailbox");
        WebElement refusal = waitForCardWith(1, "You are not authorised to do this");
        assertThat(refusal.getText()).contains("Ask for it here", "Request a new shared mailbox");
    }

    @Test
    @DisplayName(
            "Flip asks, Pieter (who never wrote to the bot) gets the card in a chat opened for him, approves, and the decision is in Flip's chat within a second, recorded as delivered")
    void approvalReachesTheRequesterAsItHappens() {
        choose("Flip Schoonen – User");
        say("request access to receptie32");
        WebElement form = waitForCardWith(1, "Request access to a shared mailbox");
        toggle(form, "Send on Behalf");
        form.findElement(By.cssSelector("textarea")).sendKeys("I answer the reception mail on Fridays");
        press(form, "Send request");
        waitForCardWith(1, "Waiting for approval");

        waiting()
                .until(driver ->
                        "1".equals(driver.findElement(By.id("chat-badge")).getText()));
        assertThat(personOptions())
                .anySatisfy(
                        option -> assertThat(option).startsWith("Pieter Jansen").endsWith("(1 new)"));

        choose("Pieter Jansen – User (1 new)");
        WebElement approval = waitForCardWith(1, "You can approve or reject this request");
        assertThat(browser.findElement(By.id("chat-badge")).isDisplayed()).isFalse();
        press(approval, "Approve");
        long pressed = System.nanoTime();
        waiting()
                .until(driver ->
                        "1".equals(driver.findElement(By.id("chat-badge")).getText()));
        Duration seen = Duration.ofNanos(System.nanoTime() - pressed);
        waitForCardWith(1, "Approved by Pieter Jansen");

        choose("Flip Schoonen – User (1 new)");
        waitForCardWith(2, "Request #1 approved");
        assertThat(seen).as("from Approve to the mark in Flip's chat").isLessThan(Duration.ofSeconds(1));
        long number = app.getBean(Requests.class)
                .store()
                .byRequester(Contoso.FLIP)
                .get(0)
                .number();
        assertThat(app.getBean(Requests.class).audit().ofRequest(number))
                .filteredOn(entry -> entry.action().startsWith("notify"))
                .extracting(AuditEntry::action, e -> e.outcome().word())
                .containsExactly(tuple("notify approver", "delivered"), tuple("notify requester", "delivered"));
        screenshot("chat-page-notice");
    }

    @Test
    @DisplayName(
            "the members picker finds anyone in the tenant through the same search Teams sends, not only the people listed")
    void pickerFindsEveryone() {
        say("create a shared mailbox called Afdeling Zoeken");
        WebElement address = waitForCardWith(1, "I propose this address");
        press(address, "Next");
        WebElement confirm = waitForCardWith(1, "Create this shared mailbox?");
        press(confirm, "Create");
        WebElement members = waitForCardWith(1, "Add members");
        assertThat(members.getText()).doesNotContain("Sanne Willems");

        members.findElement(By.cssSelector("input.multi-search-field")).sendKeys("Sanne");
        waiting()
                .until(driver -> !cards().get(0)
                        .findElements(By.cssSelector(".multi-search-result"))
                        .isEmpty());
        cards().get(0)
                .findElements(By.cssSelector(".multi-search-result"))
                .get(0)
                .click();
        waiting().until(driver -> cards().get(0).getText().contains("Sanne Willems"));
        press(cards().get(0), "Next");

        WebElement permissions = waitForCardWith(1, "Choose permissions");
        assertThat(permissions.getText()).contains("Sanne Willems");
    }

    @Test
    @DisplayName(
            "a page of another site open in the same browser cannot make the bot act: no-cors text, a form and a JSON fetch all fail, Facturen stays hidden")
    void pagesOfOtherSitesCannotPress() throws Exception {
        DemoTenant tenant = app.getBean(DemoTenant.class);
        tenant.setHiddenFromAddressLists("facturen@contoso.com", true);
        String press = "{\"type\":\"invoke\",\"name\":\"adaptiveCard/action\",\"id\":\"x1\",\"channelId\":\"msteams\","
                + "\"serviceUrl\":\"http://localhost:1/\",\"deliveryMode\":\"expectReplies\","
                + "\"conversation\":{\"id\":\"evil-1\"},\"from\":{\"id\":\"" + Contoso.MEGAN + "\",\"aadObjectId\":\""
                + Contoso.MEGAN
                + "\"},\"recipient\":{\"id\":\"bot\"},\"value\":{\"action\":{\"type\":\"Action.Execute\","
                + "\"verb\":\"manage.show\",\"data\":{\"mailbox\":\"facturen@contoso.com\"}}}}";
        String target = App.url(app, "/api/messages").toString();
        String page = "<!DOCTYPE html><html><body><form id=f method=post enctype=text/plain action='" + target + "'>"
                + "<input name='" + press.replace("'", "&#39;") + "' value=''></form><script>"
                + "const body = " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(press) + ";"
                + "Promise.allSettled(["
                + "fetch('" + target
                + "', {method:'POST', mode:'no-cors', headers:{'Content-Type':'text/plain'}, body}),"
                + "fetch('" + target + "', {method:'POST', headers:{'Content-Type':'application/json'}, body})"
                + "]).then(() => { document.title = 'tried'; document.getElementById('f').submit(); });"
                + "</script></body></html>";
        com.sun.net.httpserver.HttpServer evil = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        evil.createContext("/", exchange -> {
            byte[] html = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        evil.start();
        try {
            browser.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
            waiting()
                    .until(driver -> !driver.getCurrentUrl()
                            .startsWith("http://127.0.0.1:" + evil.getAddress().getPort()));
            Thread.sleep(500);
        } finally {
            evil.stop(0);
            // The refusals are in the browser's console; they are that page's, not this page's.
            browser.manage().logs().get(LogType.BROWSER);
        }

        assertThat(tenant.mailbox("facturen@contoso.com").orElseThrow().hiddenFromAddressLists())
                .isTrue();
        assertThat(tenant.writes()).noneMatch(write -> write.startsWith("show facturen"));
    }

    @Test
    @DisplayName("the page loads everything from this server and breaks no rule of its Content-Security-Policy")
    void everythingLocal() {
        say("help");
        waitForCardWith(1, WELCOME_EN);

        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(loaded)
                .isNotEmpty()
                .allSatisfy(address -> assertThat(address).startsWith(url()));
        assertThat(loaded)
                .anySatisfy(address -> assertThat(address).endsWith("/vendor/adaptivecards/adaptivecards.min.js"));
        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .toList();
        assertThat(problems).extracting(LogEntry::getMessage).isEmpty();
    }

    private static String url() {
        return App.url(app, "/").toString();
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cards are replaced in place, so an element read while waiting may already be gone: look again. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void say(String text) {
        WebElement message = browser.findElement(By.id("message"));
        message.sendKeys(text);
        message.sendKeys(Keys.ENTER);
    }

    private List<WebElement> cards() {
        return browser.findElements(CARDS);
    }

    private WebElement waitForCardWith(int count, String text) {
        waiting()
                .until(driver -> cards().size() == count
                        && cards().get(count - 1).getText().contains(text)
                        && !"true"
                                .equals(driver.findElement(By.id("transcript")).getAttribute("aria-busy")));
        return cards().get(count - 1);
    }

    private void choose(String person) {
        new Select(browser.findElement(By.id("person"))).selectByVisibleText(person);
    }

    private List<String> personOptions() {
        return new Select(browser.findElement(By.id("person")))
                .getOptions().stream().map(WebElement::getText).toList();
    }

    /** Ticks the toggle whose label is this title. */
    private static void toggle(WebElement card, String title) {
        card.findElements(By.cssSelector("input[type=checkbox]")).stream()
                .filter(box -> String.valueOf(box.getAttribute("aria-label")).startsWith(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No toggle " + title))
                .click();
    }

    private void press(WebElement card, String title) {
        card.findElements(By.cssSelector("button.ac-pushButton")).stream()
                .filter(button -> button.getText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button " + title + " on the card"))
                .click();
    }
}
