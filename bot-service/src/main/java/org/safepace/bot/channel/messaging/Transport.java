package org.safepace.bot.channel.messaging;

/** Posts one request body to a platform's send API (e.g. Telegram's sendMessage) and classifies the answer. */
@FunctionalInterface
public interface Transport {
    SendOutcome send(byte[] body);
}
