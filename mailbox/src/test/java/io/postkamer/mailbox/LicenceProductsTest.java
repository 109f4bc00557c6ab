package io.postkamer.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LicenceProductsTest {
    @Test
    @DisplayName("a licence is named by its product: by GUID, by string id in any case, else by its string id")
    void licencesByProductName() {
        assertThat(new Licence("4B9405B0-7788-4568-ADD1-99614E613B69", "whatever", false).productName())
                .isEqualTo("Exchange Online (Plan 1)");
        assertThat(new Licence("unknown-guid", "spe_e3", false).productName()).isEqualTo("Microsoft 365 E3");
        assertThat(new Licence("unknown-guid", "VISIOCLIENT", true).productName())
                .isEqualTo("VISIOCLIENT");
    }
}
