package org.safepace.bot.channel.messaging;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers replies to a platform on a few background threads, retrying 429, 5xx and lost connections with bounded
 * backoff. At most {@code queueCapacity} deliveries wait at once, so a webhook can refuse work it cannot finish.
 * Replies to one person go out in the order they were accepted: while one is being sent or waits to retry, the
 * next ones for the same person wait behind it (other people's replies do not).
 */
public final class RetryingSender implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RetryingSender.class);

    private final String channel;
    private final int maxAttempts;
    private final int capacity;
    private final Backoff backoff;
    private final Semaphore slots;
    private final ScheduledThreadPoolExecutor executor;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    /** Per person (by log id), the deliveries waiting behind the one in flight; no entry: none in flight. */
    private final Map<String, Queue<Delivery>> waitingBehind = new HashMap<>();

    public RetryingSender(String channel, MessagingProperties.Sender settings, Backoff backoff) {
        this.channel = channel;
        this.maxAttempts = settings.maxAttempts();
        this.backoff = backoff;
        this.capacity = settings.queueCapacity();
        this.slots = new Semaphore(capacity);
        this.executor = new ScheduledThreadPoolExecutor(settings.threads(), daemonThreads(channel));
        // On shutdown, waiting retries are dropped rather than holding the JVM for up to max-backoff.
        this.executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor.setRemoveOnCancelPolicy(true);
    }

    /**
     * Takes a delivery over; false when the queue is full (the caller should make the platform deliver again).
     */
    public boolean submit(Delivery delivery) {
        if (!slots.tryAcquire()) {
            log.warn("{}: send queue full, refusing delivery {}", channel, delivery.logId());
            return false;
        }
        synchronized (waitingBehind) {
            Queue<Delivery> queue = waitingBehind.get(delivery.logId());
            if (queue != null) {
                queue.add(delivery);
                return true;
            }
            waitingBehind.put(delivery.logId(), new ArrayDeque<>());
        }
        if (!start(delivery)) {
            finish(delivery, false); // shutting down: refuse, so the platform delivers it again elsewhere
            return false;
        }
        return true;
    }

    private boolean start(Delivery delivery) {
        try {
            executor.execute(() -> run(delivery, 0, 1));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** True when a delivery would be refused now; checked before computing a reply that could not be sent. */
    public boolean full() {
        return slots.availablePermits() == 0;
    }

    /** Deliveries accepted and not yet finished (delivered or given up). */
    public int pending() {
        return capacity - slots.availablePermits();
    }

    public long deliveredCount() {
        return delivered.get();
    }

    /** Deliveries given up or refused by the platform. */
    public long failedCount() {
        return failed.get();
    }

    private void run(Delivery delivery, int index, int attempt) {
        int part = index;
        int attemptNo = attempt;
        while (true) {
            SendOutcome outcome = sendOnce(delivery, part);
            switch (outcome.kind()) {
                case DELIVERED -> {
                    if (part + 1 == delivery.messages().size()) {
                        finish(delivery, true);
                        return;
                    }
                    part++;
                    attemptNo = 1;
                }
                case REJECTED -> {
                    log.warn("{}: delivery {} part {}/{} refused by the platform with status {}; not retried",
                            channel, delivery.logId(), part + 1, delivery.messages().size(), outcome.status());
                    finish(delivery, false);
                    return;
                }
                case RETRY -> {
                    if (attemptNo >= maxAttempts) {
                        log.warn("{}: gave up on delivery {} part {}/{} after {} attempts; last status {}",
                                channel, delivery.logId(), part + 1, delivery.messages().size(), attemptNo,
                                outcome.status());
                        finish(delivery, false);
                        return;
                    }
                    Duration wait = backoff.delayAfter(attemptNo, outcome.retryAfter());
                    log.debug("{}: delivery {} status {}, retrying in {} ms", channel, delivery.logId(),
                            outcome.status(), wait.toMillis());
                    int nextPart = part;
                    int nextAttempt = attemptNo + 1;
                    try {
                        executor.schedule(() -> run(delivery, nextPart, nextAttempt), wait.toMillis(),
                                TimeUnit.MILLISECONDS);
                    } catch (RejectedExecutionException e) {
                        log.warn("{}: shutting down, dropped delivery {} while waiting to retry", channel,
                                delivery.logId());
                        finish(delivery, false);
                    }
                    return;
                }
            }
        }
    }

    private SendOutcome sendOnce(Delivery delivery, int part) {
        try {
            return delivery.messages().get(part).send();
        } catch (RuntimeException e) {
            // A bug in building the request would fail the same way every time: do not retry it.
            // Only the exception's type is logged: its message could hold the request.
            log.error("{}: delivery {} failed with {}", channel, delivery.logId(), e.getClass().getName());
            return SendOutcome.rejected(0);
        }
    }

    /** Ends a delivery and starts the next one waiting for the same person, if any. */
    private void finish(Delivery delivery, boolean success) {
        String person = delivery.logId();
        boolean ok = success;
        while (true) {
            (ok ? delivered : failed).incrementAndGet();
            slots.release();
            Delivery next;
            synchronized (waitingBehind) {
                next = waitingBehind.get(person).poll();
                if (next == null) {
                    waitingBehind.remove(person);
                    return;
                }
            }
            if (start(next)) {
                return;
            }
            log.warn("{}: shutting down, dropped delivery {} before sending", channel, person);
            ok = false;
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String channel) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, channel + "-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
