package org.safepace.bot.channel.messaging;

import java.util.List;

/**
 * One reply to one person: the platform calls that carry it, sent in order.
 *
 * @param logId    a short keyed hash of the person, safe to log
 * @param messages each call sends one message; a later one is sent only once the earlier one was accepted
 * @param queueRef where a shared queue keeps it (a Redis stream entry id), acknowledged once it is finished; null
 *                 when only this instance's sender holds it
 */
public record Delivery(String logId, List<OutboundMessage> messages, String queueRef) {

    public Delivery(String logId, List<OutboundMessage> messages) {
        this(logId, messages, null);
    }

    public Delivery {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a delivery needs at least one message");
        }
    }

    /** One call to the platform's send API. */
    @FunctionalInterface
    public interface OutboundMessage {
        SendOutcome send();
    }
}
