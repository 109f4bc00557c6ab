package io.postkamer.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** State rows are kept in memory only on a database no other process writes. */
class StorageConfigurationTest {

    @Test
    @DisplayName("an embedded H2 file or memory database is written by this process alone; a shared one is not")
    void soleWriterOnlyOnEmbeddedH2() {
        assertThat(StorageConfiguration.onlyThisProcessWrites("jdbc:h2:file:/data/postkamer;AUTO_SERVER=FALSE"))
                .isTrue();
        assertThat(StorageConfiguration.onlyThisProcessWrites("jdbc:h2:mem:test"))
                .isTrue();
        assertThat(StorageConfiguration.onlyThisProcessWrites("jdbc:h2:file:/data/postkamer;AUTO_SERVER = TRUE"))
                .isFalse();
        assertThat(StorageConfiguration.onlyThisProcessWrites("jdbc:h2:tcp://db:9092/postkamer"))
                .isFalse();
        assertThat(StorageConfiguration.onlyThisProcessWrites("jdbc:postgresql://db:5432/postkamer"))
                .isFalse();
        assertThat(StorageConfiguration.onlyThisProcessWrites("")).isFalse();
    }
}
