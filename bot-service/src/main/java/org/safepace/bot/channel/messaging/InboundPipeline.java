package org.safepace.bot.channel.messaging;

import java.util.Optional;
import java.util.function.Supplier;
import org.safepace.bot.state.StateUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every messaging update takes, whatever the app: check that a reply could be queued, claim the
 * update id (a redelivery is answered once), compute the reply, queue it, and release the id if anything fails so
 * the platform's next delivery is handled again. Returns only once the reply is queued: the webhook then
 * acknowledges it, and from then on it is not lost.
 */
public final class InboundPipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InboundPipeline.class);

    /** What the webhook should answer: BUSY is 503 (deliver again later), the others final. */
    public enum Outcome { QUEUED, NOTHING_TO_SEND, DUPLICATE, BUSY }

    private final String channel;
    private final DuplicateFilter duplicates;
    private final SendQueue queue;

    public InboundPipeline(String channel, DuplicateFilter duplicates, SendQueue queue) {
        this.channel = channel;
        this.duplicates = duplicates;
        this.queue = queue;
    }

    /**
     * @param updateId the platform's id of this update or message
     * @param reply    computes the reply; empty when there is nothing to send (the update still counts as handled)
     */
    public Outcome handle(String updateId, Supplier<Optional<OutgoingReply>> reply) {
        String id = channel + ":" + updateId;
        try {
            if (queue.full()) {
                return Outcome.BUSY; // before any reply is computed, so the redelivered update is the only turn
            }
            if (!duplicates.claim(id)) {
                return Outcome.DUPLICATE;
            }
        } catch (StateUnavailableException e) {
            log.warn("{}: update refused for redelivery: {}", channel, e.getMessage());
            return Outcome.BUSY;
        }
        try {
            Optional<OutgoingReply> computed = reply.get();
            if (computed.isEmpty()) {
                return Outcome.NOTHING_TO_SEND;
            }
            if (!queue.submit(computed.get())) {
                release(id);
                return Outcome.BUSY;
            }
            return Outcome.QUEUED;
        } catch (StateUnavailableException e) {
            log.warn("{}: update refused for redelivery: {}", channel, e.getMessage());
            release(id);
            return Outcome.BUSY;
        } catch (RuntimeException e) {
            release(id);
            throw e;
        }
    }

    private void release(String id) {
        try {
            duplicates.release(id);
        } catch (StateUnavailableException e) {
            // The claim then stays until it expires: a redelivery meanwhile is taken for a duplicate.
            log.warn("{}: could not release an update id: {}", channel, e.getMessage());
        }
    }

    /** Replies accepted and not yet delivered or given up. */
    public int pending() {
        return queue.pending();
    }

    /** Replies delivered since start, on this instance. */
    public long deliveredCount() {
        return queue.deliveredCount();
    }

    /** Replies refused by the platform or given up on, on this instance. */
    public long failedCount() {
        return queue.failedCount();
    }

    @Override
    public void close() {
        queue.close();
    }
}
