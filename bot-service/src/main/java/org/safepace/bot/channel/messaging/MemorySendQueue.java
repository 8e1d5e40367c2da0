package org.safepace.bot.channel.messaging;

import java.util.List;

/** The replies wait in this instance's {@link RetryingSender}; on a normal stop it drains them. */
final class MemorySendQueue implements SendQueue {

    private final RetryingSender sender;
    private final Transport transport;

    MemorySendQueue(RetryingSender sender, Transport transport) {
        this.sender = sender;
        this.transport = transport;
    }

    @Override
    public boolean full() {
        return sender.full();
    }

    @Override
    public boolean submit(OutgoingReply reply) {
        return sender.submit(delivery(reply, transport, null));
    }

    static Delivery delivery(OutgoingReply reply, Transport transport, String queueRef) {
        List<Delivery.OutboundMessage> calls = reply.bodies().stream()
                .<Delivery.OutboundMessage>map(body -> () -> transport.send(body))
                .toList();
        return new Delivery(reply.logId(), calls, queueRef);
    }

    @Override
    public int pending() {
        return sender.pending();
    }

    @Override
    public void close() {
        sender.close();
    }

    @Override
    public long deliveredCount() {
        return sender.deliveredCount();
    }

    @Override
    public long failedCount() {
        return sender.failedCount();
    }
}
