package org.safepace.bot.channel.messaging;

/**
 * Where a channel's accepted replies wait until they are sent: {@link MemorySendQueue} (this instance's sender) or
 * {@link RedisSendQueue} (a Redis stream any instance sends from). A reply it accepts is not lost on a normal stop.
 */
public interface SendQueue extends AutoCloseable {

    /** True when a reply would be refused now; checked before computing a reply that could not be sent. */
    boolean full();

    /** Takes a reply over; false when the queue is full (the webhook then makes the platform deliver again). */
    boolean submit(OutgoingReply reply);

    /** Replies accepted and not yet delivered or given up. */
    int pending();

    /** Replies this instance delivered since it started (for the deliveries counter). */
    long deliveredCount();

    /** Replies this instance could not deliver: refused by the platform or given up on after retries. */
    long failedCount();

    /** Stops taking replies and hands over or drains the accepted ones, within the sender's drain timeout. */
    @Override
    void close();
}
