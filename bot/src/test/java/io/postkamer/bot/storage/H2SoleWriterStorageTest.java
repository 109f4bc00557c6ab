package io.postkamer.bot.storage;

import com.microsoft.bot.builder.Storage;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage contract on an embedded H2 file with its rows kept in memory, as the bot runs by default. Only
 * one process writes such a file, so the contract's racing writers are threads sharing the one storage.
 */
class H2SoleWriterStorageTest extends JdbcStorageContract {

    @TempDir
    static Path dataDir;

    private static JdbcDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        if (dataSource == null) {
            dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("postkamer") + ";AUTO_SERVER=FALSE;DB_CLOSE_DELAY=-1");
        }
        return dataSource;
    }

    @Override
    protected Storage storageOn(DataSource database) {
        return JdbcStorage.soleWriter(database, 1_000);
    }

    @Override
    protected boolean sharesTheDatabase() {
        return false;
    }
}
