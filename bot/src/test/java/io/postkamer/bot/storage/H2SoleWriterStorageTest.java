package io.postkamer.bot.storage;

import com.microsoft.bot.builder.Storage;
import javax.sql.DataSource;

/**
 * The storage contract on an embedded H2 file with its rows kept in memory, as the bot runs by default. Only
 * one process writes such a file, so the contract's racing writers are threads sharing the one storage.
 */
class H2SoleWriterStorageTest extends H2JdbcStorageTest {

    @Override
    protected Storage storageOn(DataSource database) {
        return JdbcStorage.soleWriter(database, 1_000_000);
    }

    @Override
    protected boolean sharesTheDatabase() {
        return false;
    }
}
