package io.postkamer.bot.storage;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract on an embedded H2 file database, as another instance would share it. */
class H2JdbcStorageTest extends JdbcStorageContract {

    @TempDir
    Path dataDir;

    private JdbcDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        if (dataSource == null) {
            dataSource = new JdbcDataSource();
            // Kept open between connections so each connection does not reopen the file.
            dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("postkamer") + ";AUTO_SERVER=FALSE;DB_CLOSE_DELAY=-1");
        }
        return dataSource;
    }
}
