package org.safepace.bot.system;

/**
 * Named token buckets: in memory ({@link MemoryTokenBuckets}) or shared by every instance
 * ({@link RedisTokenBuckets}).
 */
interface TokenBuckets {

    /**
     * Takes one token from the bucket {@code key} (created full: {@code capacity} tokens, refilled at
     * {@code refillPerMinute}); 0 when taken, else the nanoseconds until one will be there.
     */
    long take(String key, int capacity, int refillPerMinute);
}
