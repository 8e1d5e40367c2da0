package org.safepace.bot.channel.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.safepace.bot.state.RedisLeases;
import org.safepace.bot.state.RedisState;
import org.springframework.context.SmartLifecycle;

/**
 * Makes each messaging channel's {@link InboundPipeline} over the configured state store (memory or Redis), and
 * stops their send queues at the right moment of a normal stop: after the web server has stopped taking webhooks
 * (its graceful-shutdown phase) and before the Redis connections close (phase 0), so accepted replies are drained
 * or handed over to another instance.
 */
public final class InboundPipelines implements SmartLifecycle {

    /** Between Boot's web server shutdown phases and Lettuce's connection factory (0). */
    static final int PHASE = 100;

    /** Telegram redelivers for about a day, Meta for days: 20,000 ids cover far more than any backlog we answer. */
    static final int RECENT_IDS = 20_000;

    @FunctionalInterface
    interface SendQueues {
        SendQueue create(String channel, MessagingProperties.Sender settings, Transport transport);
    }

    private final DuplicateFilter duplicates;
    private final SendQueues queues;
    private final List<InboundPipeline> created = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    InboundPipelines(DuplicateFilter duplicates, SendQueues queues) {
        this.duplicates = duplicates;
        this.queues = queues;
    }

    /** This instance's memory only: the default store, and what slice tests use. */
    public static InboundPipelines inMemory() {
        return new InboundPipelines(new RecentIds(RECENT_IDS), (channel, settings, transport) ->
                new MemorySendQueue(new RetryingSender(channel, settings,
                        new Backoff(settings.baseBackoff(), settings.maxBackoff())), transport));
    }

    /** Shared by every instance on one Redis. */
    static InboundPipelines inRedis(RedisState redis, RedisLeases leases, Duration duplicateTtl, Duration lease) {
        return new InboundPipelines(new RedisDuplicateFilter(redis, duplicateTtl), (channel, settings, transport) ->
                new RedisSendQueue(channel, redis, leases, settings, lease, transport));
    }

    /** A pipeline for one channel; {@code transport} posts one request body to the platform's send API. */
    public InboundPipeline create(String channel, MessagingProperties.Sender settings, Transport transport) {
        SendQueue queue = queues.create(channel, settings, transport);
        InboundPipeline pipeline = new InboundPipeline(channel, duplicates, queue);
        created.add(pipeline);
        return pipeline;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        created.forEach(InboundPipeline::close);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * Not stopped by a pause (Spring's test context cache pauses an idle context and restarts it later): a closed
     * send queue cannot be restarted, so after the restart every webhook would be answered 503. A real stop closes.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }
}
