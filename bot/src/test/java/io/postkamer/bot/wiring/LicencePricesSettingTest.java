package io.postkamer.bot.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.postkamer.mailbox.Licence;
import io.postkamer.mailbox.LicencePrices;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The licence prices of the health report, as an administrator writes them in the settings. */
class LicencePricesSettingTest {
    private static final Licence STANDARD =
            new Licence("4b9405b0-7788-4568-add1-99614e613b69", "EXCHANGESTANDARD", false);
    private static final Licence E3 = new Licence("05e9a617-0261-4cee-bb44-138d3ef5d965", "SPE_E3", false);

    @Test
    @DisplayName("a price per part number, in the currency set; a licence without a price has none")
    void pricesPerPartNumber() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("postkamer.licences.prices.EXCHANGESTANDARD", "4.00")
                .withProperty("postkamer.licences.currency", "USD");

        LicencePrices prices = BotWiring.licencePrices(environment);

        assertThat(prices.isConfigured()).isTrue();
        assertThat(prices.monthly(STANDARD)).contains(new BigDecimal("4.00"));
        assertThat(prices.monthly(E3)).isEmpty();
        assertThat(prices.currency()).isEqualTo(Currency.getInstance("USD"));
    }

    @Test
    @DisplayName("nothing set: no prices, and the report names licences without a cost")
    void noPrices() {
        assertThat(BotWiring.licencePrices(new MockEnvironment()).isConfigured())
                .isFalse();
    }

    @Test
    @DisplayName("a price that is no amount, a negative one or a currency that does not exist stops the start")
    void wrongSettingsAreRefused() {
        assertThatThrownBy(() -> BotWiring.licencePrices(
                        new MockEnvironment().withProperty("postkamer.licences.prices.SPE_E3", "cheap")))
                .hasMessageContaining("postkamer.licences.prices");
        assertThatThrownBy(() -> BotWiring.licencePrices(
                        new MockEnvironment().withProperty("postkamer.licences.prices.SPE_E3", "-1")))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> BotWiring.licencePrices(
                        new MockEnvironment().withProperty("postkamer.licences.currency", "EURO")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
