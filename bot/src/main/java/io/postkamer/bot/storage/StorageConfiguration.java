package io.postkamer.bot.storage;

import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.UserState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Bot state on the application's database (the schema comes from the Flyway migrations in
 * {@code db/migration}).
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean
    public Storage botStorage(DataSource dataSource) {
        return new JdbcStorage(dataSource);
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
