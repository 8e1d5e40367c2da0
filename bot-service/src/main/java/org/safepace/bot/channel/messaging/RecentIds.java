package org.safepace.bot.channel.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the latest platform deliveries, to answer a redelivered update only once; the oldest id is forgotten
 * when the set is full, so memory stays bounded.
 */
public final class RecentIds implements DuplicateFilter {

    private final int capacity;
    private final LinkedHashMap<String, Boolean> ids;

    public RecentIds(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
        this.ids = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > RecentIds.this.capacity;
            }
        };
    }

    @Override
    public synchronized boolean claim(String id) {
        return ids.putIfAbsent(id, Boolean.TRUE) == null;
    }

    @Override
    public synchronized void release(String id) {
        ids.remove(id);
    }

    public synchronized int size() {
        return ids.size();
    }
}
