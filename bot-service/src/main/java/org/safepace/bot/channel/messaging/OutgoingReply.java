package org.safepace.bot.channel.messaging;

import java.util.List;

/**
 * A reply as data, ready to queue: the person (by log id) and the request bodies of the platform calls that carry
 * it, sent in order. Being plain data, it can wait in Redis for any instance to send.
 *
 * @param logId  a short keyed hash of the person, safe to log; replies with the same one keep their order
 * @param bodies one platform call each, as the JSON bytes to post
 */
public record OutgoingReply(String logId, List<byte[]> bodies) {

    public OutgoingReply {
        bodies = List.copyOf(bodies);
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("a reply needs at least one message");
        }
    }
}
