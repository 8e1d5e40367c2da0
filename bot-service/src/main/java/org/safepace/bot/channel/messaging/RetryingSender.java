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
 * On {@link #close} it takes nothing new and keeps sending and retrying what it accepted for up to the drain
 * timeout ({@code safepace.channels.sender.drain-timeout}, 10 s by default); only what is still unsent then is
 * dropped, and counted in the log.
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
    private final Duration drainTimeout;
    private final FinishListener listener;
    private volatile boolean accepting = true;

    /** How a delivery ended. */
    public enum End {
        DELIVERED,
        /** Refused by the platform, or still failing after the last attempt. */
        GAVE_UP,
        /** Not finished because the sender stopped: a shared queue keeps it for another instance. */
        DROPPED
    }

    /** Told of every delivery that ends (a shared queue then acknowledges its entry, unless it was dropped). */
    @FunctionalInterface
    public interface FinishListener {
        void finished(Delivery delivery, End end);
    }

    public RetryingSender(String channel, MessagingProperties.Sender settings, Backoff backoff) {
        this(channel, settings, backoff, (delivery, end) -> { });
    }

    public RetryingSender(String channel, MessagingProperties.Sender settings, Backoff backoff,
                          FinishListener listener) {
        this.channel = channel;
        this.drainTimeout = settings.drainTimeout();
        this.listener = listener;
        this.maxAttempts = settings.maxAttempts();
        this.backoff = backoff;
        this.capacity = settings.queueCapacity();
        this.slots = new Semaphore(capacity);
        this.executor = new ScheduledThreadPoolExecutor(settings.threads(), daemonThreads(channel));
        // Past the drain timeout, waiting retries are dropped rather than holding the JVM for up to max-backoff.
        this.executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor.setRemoveOnCancelPolicy(true);
    }

    /**
     * Takes a delivery over; false when the queue is full (the caller should make the platform deliver again).
     */
    public boolean submit(Delivery delivery) {
        if (!accepting) {
            return false; // stopping: the platform delivers it again, to us after a restart or to another instance
        }
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
            finish(delivery, End.DROPPED); // shutting down: refuse, so the platform delivers it again elsewhere
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
                        finish(delivery, End.DELIVERED);
                        return;
                    }
                    part++;
                    attemptNo = 1;
                }
                case REJECTED -> {
                    log.warn("{}: delivery {} part {}/{} refused by the platform with status {}; not retried",
                            channel, delivery.logId(), part + 1, delivery.messages().size(), outcome.status());
                    finish(delivery, End.GAVE_UP);
                    return;
                }
                case RETRY -> {
                    if (attemptNo >= maxAttempts) {
                        log.warn("{}: gave up on delivery {} part {}/{} after {} attempts; last status {}",
                                channel, delivery.logId(), part + 1, delivery.messages().size(), attemptNo,
                                outcome.status());
                        finish(delivery, End.GAVE_UP);
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
                        finish(delivery, End.DROPPED);
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
    private void finish(Delivery delivery, End how) {
        String person = delivery.logId();
        End end = how;
        while (true) {
            (end == End.DELIVERED ? delivered : failed).incrementAndGet();
            notifyFinished(delivery, end);
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
            delivery = next;
            end = End.DROPPED;
        }
    }

    private void notifyFinished(Delivery delivery, End end) {
        try {
            listener.finished(delivery, end);
        } catch (RuntimeException e) {
            log.warn("{}: finishing delivery {} failed with {}", channel, delivery.logId(), e.getClass().getName());
        }
    }

    /** Stops taking deliveries, then waits up to the drain timeout for the accepted ones to be sent or given up. */
    @Override
    public synchronized void close() {
        if (!accepting) {
            return; // already stopped (the lifecycle stop, then the bean's own close)
        }
        accepting = false;
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        try {
            while (pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int left = pending();
        executor.shutdownNow();
        if (left > 0) {
            log.warn("{}: stopped with {} accepted replies not sent within the drain timeout of {}", channel, left,
                    drainTimeout);
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
