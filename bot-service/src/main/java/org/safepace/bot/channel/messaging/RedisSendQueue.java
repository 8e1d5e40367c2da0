package org.safepace.bot.channel.messaging;

import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.StreamMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.safepace.bot.state.RedisLeases;
import org.safepace.bot.state.RedisState;
import org.safepace.bot.state.StateUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisCallback;

/**
 * A channel's send queue as a Redis stream with one consumer group. A webhook is acknowledged only once its reply
 * is in the stream (XADD), so an instance that dies loses nothing. One instance at a time sends (the holder of a
 * lease that any instance may take): it reads new entries in stream order into its {@link RetryingSender}, which
 * keeps each person's replies in order and retries them, and acknowledges and deletes each entry once it ends.
 * When an instance takes the lease, it first claims (XAUTOCLAIM) the entries its predecessor read but did not
 * finish, so a reply queued or half-sent by a stopped or dead instance is sent by another. A predecessor that only
 * paused could still be sending: delivery is at least once. An entry holds the platform request bodies (the reply
 * text) only until it is sent.
 */
final class RedisSendQueue implements SendQueue {

    private static final Logger log = LoggerFactory.getLogger(RedisSendQueue.class);
    private static final String GROUP = "senders";
    private static final long POLL_MILLIS = 100;
    private static final String PERSON = "p";

    private final String channel;
    private final RedisState redis;
    private final RedisLeases leases;
    private final Duration leaseLength;
    private final String stream;
    private final String consumer = UUID.randomUUID().toString();
    private final int capacity;
    private final Transport transport;
    private final RetryingSender sender;
    private final ScheduledExecutorService poller;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Queue<String> toAcknowledge = new ConcurrentLinkedQueue<>();
    private volatile RedisLeases.Lease lease;
    private volatile boolean closing;
    private long lastRenewal;
    private volatile boolean groupReady;

    RedisSendQueue(String channel, RedisState redis, RedisLeases leases, MessagingProperties.Sender settings,
                   Duration leaseLength, Transport transport) {
        this.channel = channel;
        this.redis = redis;
        this.leases = leases;
        this.leaseLength = leaseLength;
        this.stream = redis.key("q:" + channel);
        this.capacity = settings.queueCapacity();
        this.transport = transport;
        this.sender = new RetryingSender(channel, settings, new Backoff(settings.baseBackoff(), settings.maxBackoff()),
                this::finished);
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, channel + "-queue");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollSafely, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean full() {
        return size() >= capacity;
    }

    @Override
    public boolean submit(OutgoingReply reply) {
        if (closing || full()) {
            return false;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(PERSON, reply.logId());
        for (int i = 0; i < reply.bodies().size(); i++) {
            fields.put(Integer.toString(i), new String(reply.bodies().get(i), StandardCharsets.UTF_8));
        }
        redis.call("send queue add", () -> redis.template().opsForStream()
                .add(StreamRecords.mapBacked(fields).withStreamKey(stream)));
        wake();
        return true;
    }

    /** Entries in the stream: queued, or being sent by whichever instance holds the lease. */
    @Override
    public int pending() {
        try {
            return (int) size();
        } catch (StateUnavailableException e) {
            return sender.pending();
        }
    }

    private long size() {
        Long size = redis.call("send queue size", () -> redis.template().opsForStream().size(stream));
        return size == null ? 0 : size;
    }

    private void wake() {
        try {
            poller.execute(this::pollSafely);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // stopping: the entry waits in Redis for the next sender
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (StateUnavailableException e) {
            // A Redis that restarted empty has lost the group too (NOGROUP): make it again on the next poll.
            groupReady = false;
            log.debug("{}: send queue not reachable: {}", channel, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("{}: send queue poll failed with {}", channel, e.getClass().getName());
        }
    }

    /** Runs on the poller thread only. */
    private void poll() {
        if (closing) {
            return;
        }
        ensureGroup();
        acknowledgeFinished();
        if (lease == null) {
            lease = leases.tryAcquire("q:" + channel + ":sender", leaseLength).orElse(null);
            if (lease == null) {
                return;
            }
            lastRenewal = System.nanoTime();
            groupReady = false;
            ensureGroup();
            log.info("{}: this instance now sends the queued replies", channel);
            claimUnfinished();
        } else if (System.nanoTime() - lastRenewal > leaseLength.toNanos() / 3) {
            if (!lease.renew()) {
                lease = null;
                log.warn("{}: lost the sender lease; another instance sends the queued replies", channel);
                return;
            }
            lastRenewal = System.nanoTime();
        }
        readNew();
    }

    private void ensureGroup() {
        if (groupReady) {
            return;
        }
        try {
            // From the start of the stream, so replies queued before the group existed are sent too.
            redis.template().opsForStream().createGroup(stream, ReadOffset.from("0-0"), GROUP);
        } catch (DataAccessException e) {
            if (!String.valueOf(e.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) {
                throw new StateUnavailableException("send queue group", e);
            }
        }
        groupReady = true;
    }

    /** Entries other senders read but did not finish (XAUTOCLAIM from the start, oldest first). */
    private void claimUnfinished() {
        String cursor = "0-0";
        int claimed = 0;
        do {
            ClaimedMessages<byte[], byte[]> batch = autoClaim(cursor);
            for (StreamMessage<byte[], byte[]> message : batch.getMessages()) {
                Map<String, String> fields = new LinkedHashMap<>();
                message.getBody().forEach((k, v) -> fields.put(utf8(k), utf8(v)));
                if (take(message.getId(), fields)) {
                    claimed++;
                }
            }
            cursor = batch.getId();
        } while (!"0-0".equals(cursor) && !closing);
        if (claimed > 0) {
            log.info("{}: took over {} replies another instance had not finished", channel, claimed);
        }
    }

    @SuppressWarnings("unchecked")
    private ClaimedMessages<byte[], byte[]> autoClaim(String cursor) {
        byte[] key = stream.getBytes(StandardCharsets.UTF_8);
        XAutoClaimArgs<byte[]> args = XAutoClaimArgs.Builder.xautoclaim(
                io.lettuce.core.Consumer.from(GROUP.getBytes(StandardCharsets.UTF_8),
                        consumer.getBytes(StandardCharsets.UTF_8)), Duration.ZERO, cursor).count(100);
        RedisCallback<ClaimedMessages<byte[], byte[]>> claim = connection -> {
            var commands = (RedisClusterAsyncCommands<byte[], byte[]>) connection.getNativeConnection();
            try {
                return commands.xautoclaim(key, args).get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StateUnavailableException("send queue claim", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new StateUnavailableException("send queue claim", e);
            }
        };
        return redis.call("send queue claim", () -> redis.template().execute(claim));
    }

    @SuppressWarnings("unchecked")
    private void readNew() {
        int free = capacity - sender.pending();
        if (free <= 0) {
            return;
        }
        List<MapRecord<String, Object, Object>> records = redis.call("send queue read", () -> redis.template()
                .opsForStream().read(Consumer.from(GROUP, consumer), StreamReadOptions.empty().count(free),
                        StreamOffset.create(stream, ReadOffset.lastConsumed())));
        if (records == null) {
            return;
        }
        for (MapRecord<String, Object, Object> record : records) {
            Map<String, String> fields = new LinkedHashMap<>();
            record.getValue().forEach((k, v) -> fields.put(String.valueOf(k), String.valueOf(v)));
            take(record.getId().getValue(), fields);
        }
    }

    /** Hands one entry to the local sender; false when it was already here or could not be taken. */
    private boolean take(String id, Map<String, String> fields) {
        if (!inFlight.add(id)) {
            return false;
        }
        String person = fields.get(PERSON);
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; fields.containsKey(Integer.toString(i)); i++) {
            bodies.add(fields.get(Integer.toString(i)).getBytes(StandardCharsets.UTF_8));
        }
        if (person == null || bodies.isEmpty()) {
            log.warn("{}: malformed send queue entry dropped", channel);
            inFlight.remove(id);
            toAcknowledge.add(id);
            return false;
        }
        if (!sender.submit(MemorySendQueue.delivery(new OutgoingReply(person, bodies), transport, id))) {
            inFlight.remove(id); // stopping: it stays pending for the next sender to claim
            return false;
        }
        return true;
    }

    /** Called by the sender as each delivery ends; a dropped one stays pending in Redis for the next sender. */
    private void finished(Delivery delivery, RetryingSender.End end) {
        inFlight.remove(delivery.queueRef());
        if (end != RetryingSender.End.DROPPED) {
            toAcknowledge.add(delivery.queueRef());
            acknowledgeFinished();
        }
    }

    private void acknowledgeFinished() {
        String id;
        while ((id = toAcknowledge.peek()) != null) {
            String entry = id;
            try {
                redis.run("send queue ack", () -> {
                    redis.template().opsForStream().acknowledge(stream, GROUP, entry);
                    redis.template().opsForStream().delete(stream, entry);
                });
            } catch (StateUnavailableException e) {
                return; // retried on the next poll
            }
            toAcknowledge.remove(entry);
        }
    }

    /**
     * Stops reading, lets the local sender finish what it holds (within the drain timeout), then gives the lease up
     * so another instance takes over at once; anything unfinished stays pending in the stream for it.
     */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        poller.shutdown();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sender.close();
        if (!inFlight.isEmpty()) {
            log.info("{}: {} unsent replies stay queued in Redis for the next sender", channel, inFlight.size());
        }
        try {
            acknowledgeFinished();
            if (lease != null) {
                lease.close();
            }
        } catch (StateUnavailableException e) {
            log.warn("{}: could not hand the send queue over cleanly; its lease expires by itself", channel);
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public long deliveredCount() {
        return sender.deliveredCount();
    }

    @Override
    public long failedCount() {
        return sender.failedCount();
    }
}
