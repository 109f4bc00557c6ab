package io.postkamer.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ChatPageSwitchTest {

    private static boolean enabled(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (int i = 0; i < properties.length; i += 2) {
            environment.setProperty(properties[i], properties[i + 1]);
        }
        return new ChatPageSwitch(environment).isEnabled();
    }

    @Test
    @DisplayName("on by default: the backend defaults to demo and there are no bot credentials")
    void onByDefault() {
        assertThat(enabled()).isTrue();
        assertThat(enabled("postkamer.backend", "demo")).isTrue();
    }

    @Test
    @DisplayName("off when the bot has credentials or talks to the real tenant")
    void offWithCredentialsOrRealTenant() {
        assertThat(enabled("MicrosoftAppId", "8f1c1c8e-0000-4000-8000-000000000001")).isFalse();
        assertThat(enabled("postkamer.backend", "m365")).isFalse();
    }

    @Test
    @DisplayName("postkamer.chat-page.enabled overrides either way")
    void explicitSettingWins() {
        assertThat(enabled("MicrosoftAppId", "8f1c1c8e-0000-4000-8000-000000000001", "postkamer.chat-page.enabled", "true"))
                .isTrue();
        assertThat(enabled("postkamer.chat-page.enabled", "false")).isFalse();
    }
}
