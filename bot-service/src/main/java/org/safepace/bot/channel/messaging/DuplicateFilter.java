package org.safepace.bot.channel.messaging;

/**
 * The platform deliveries already taken on, so a redelivered update is answered once: in memory ({@link RecentIds})
 * or in Redis ({@link RedisDuplicateFilter}, atomic across instances receiving the same update at once).
 */
public interface DuplicateFilter {

    /** Records the id and says whether it is new; a caller that then fails must {@link #release} it. */
    boolean claim(String id);

    /** Forgets an id whose handling failed, so that the platform's redelivery is handled again. */
    void release(String id);
}
