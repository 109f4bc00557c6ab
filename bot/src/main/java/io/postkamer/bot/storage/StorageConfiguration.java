package io.postkamer.bot.storage;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.UserState;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bot state on the application's database (the schema comes from the Flyway migrations in
 * {@code db/migration}).
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {
    /**
     * Characters of rows kept in memory on a database only this process writes, about 16 MB: some 15,000
     * conversations of about 1 KB of state each (a conversation in the middle of the create wizard).
     */
    private static final long KEPT_CHARACTERS = 16_000_000;

    @Bean
    public Storage botStorage(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        return onlyThisProcessWrites(url)
                ? JdbcStorage.soleWriter(dataSource, KEPT_CHARACTERS)
                : new JdbcStorage(dataSource);
    }

    /**
     * An embedded H2 database is opened by one process alone, unless it is shared through H2's automatic server
     * mode; any other database (PostgreSQL) may have other instances writing it.
     */
    static boolean onlyThisProcessWrites(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("jdbc:h2:file:") || lower.startsWith("jdbc:h2:mem:"))
                && !lower.replace(" ", "").contains("auto_server=true");
    }

    @Bean
    public ConversationState conversationState(Storage botStorage) {
        return new LeanConversationState(botStorage);
    }

    @Bean
    public UserState userState(Storage botStorage) {
        return new UserState(botStorage);
    }
}
