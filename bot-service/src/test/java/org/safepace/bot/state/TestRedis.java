package org.safepace.bot.state;

import java.util.UUID;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A real Redis for tests: its address from {@code -Dsafepace.test.redis=host:port} (what {@code .ci/run} passes;
 * default 127.0.0.1:6379), and a key prefix of its own per use, so runs and tests never see each other's keys.
 */
public final class TestRedis implements AutoCloseable {

    private final LettuceConnectionFactory factory;
    private final StringRedisTemplate template;
    private final String prefix;

    public TestRedis() {
        this(host(), port());
    }

    public TestRedis(String host, int port) {
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port));
        factory.afterPropertiesSet();
        factory.start();
        template = new StringRedisTemplate(factory);
        prefix = uniquePrefix();
    }

    /** A prefix no other test run uses. */
    public static String uniquePrefix() {
        return "test:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    /** {@code -Dsafepace.test.redis=host:port}, else {@code SAFEPACE_TEST_REDIS} (what .ci/run sets), else 6379. */
    public static String address() {
        String env = System.getenv("SAFEPACE_TEST_REDIS");
        return System.getProperty("safepace.test.redis", env == null || env.isBlank() ? "127.0.0.1:6379" : env);
    }

    public static String host() {
        return address().substring(0, address().lastIndexOf(':'));
    }

    public static int port() {
        return Integer.parseInt(address().substring(address().lastIndexOf(':') + 1));
    }

    public RedisState state() {
        return new RedisState(template, prefix);
    }

    public StringRedisTemplate template() {
        return template;
    }

    public String prefix() {
        return prefix;
    }

    /** Deletes this use's keys, then disconnects. */
    @Override
    public void close() {
        try (Cursor<String> keys = template.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())) {
            keys.forEachRemaining(template::delete);
        } catch (RuntimeException e) {
            // Redis already gone (a fault test): nothing to clean.
        }
        factory.destroy();
    }
}
