package org.safepace.bot.system;

import java.util.Objects;
import org.springframework.util.unit.DataSize;

/**
 * The requests whose bodies {@link RequestBodyFilter} reads before anything else sees them (those whose path starts
 * with {@code pathPrefix}), and the most bytes such a body may have. Each feature declares its own as a bean.
 */
public record BodyLimit(String pathPrefix, DataSize maxSize) {

    public BodyLimit {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(maxSize, "maxSize");
        if (!pathPrefix.startsWith("/") || !pathPrefix.endsWith("/")) {
            throw new IllegalArgumentException("a body limit's path prefix starts and ends with '/': " + pathPrefix);
        }
        if (maxSize.toBytes() < 1 || maxSize.toBytes() > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("a body limit must be between 1 byte and 2 GB: " + maxSize);
        }
    }

    int maxBytes() {
        return (int) maxSize.toBytes();
    }

    boolean covers(String requestUri) {
        return requestUri.startsWith(pathPrefix);
    }
}
