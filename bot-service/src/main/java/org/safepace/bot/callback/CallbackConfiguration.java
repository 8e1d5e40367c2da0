package org.safepace.bot.callback;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.wording.ReplyWording;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Call-back requests, only when {@code safepace.callbacks.enabled=true}: the database (Boot's
 * {@code spring.datasource.*}, or an H2 file under {@code safepace.data-dir}), its Flyway migrations (Boot runs them
 * once this data source exists), the field cipher and the retention job. Disabled, nothing here exists: no data
 * source, no file, and the API answers 404.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("safepace.callbacks.enabled")
@EnableScheduling
class CallbackConfiguration {

    @Bean
    DataSource callbackDataSource(Environment env) {
        String url = env.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            // The embedded default: one file, so requests survive a restart without any server to run.
            return DataSourceBuilder.create()
                    .url("jdbc:h2:file:" + dataDir(env).toAbsolutePath().resolve("callbacks") + ";DB_CLOSE_ON_EXIT=FALSE")
                    .username("sa").password("").build();
        }
        return DataSourceBuilder.create().url(url)
                .username(env.getProperty("spring.datasource.username"))
                .password(env.getProperty("spring.datasource.password"))
                .build();
    }

    @Bean
    CallbackStore callbackStore(JdbcClient jdbc, CallbackProperties properties, Environment env) {
        String url = env.getProperty("spring.datasource.url");
        boolean embedded = url == null || url.isBlank();
        return new CallbackStore(jdbc, CallbackKey.cipher(properties, embedded, dataDir(env)));
    }

    @Bean
    CallbackService callbackService(CallbackStore store, CallbackProperties properties, ClinicHours hours,
                                    ReplyWording wording, Clock clock, ObjectProvider<ChatReplies> chats) {
        return new CallbackService(store, properties, hours, wording, clock, chats);
    }

    @Bean
    CallbackRetention callbackRetention(CallbackService callbacks) {
        return new CallbackRetention(callbacks);
    }

    static Path dataDir(Environment env) {
        return Path.of(env.getProperty("safepace.data-dir", "./safepace-data"));
    }
}
