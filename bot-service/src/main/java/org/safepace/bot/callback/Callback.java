package org.safepace.bot.callback;

import java.time.Instant;

/** One request as staff see it, decrypted. */
public record Callback(String id, ContactMethod method, String contactValue, String name, String preferredTimes,
                       boolean voicemailOk, String note, String channelAddress, CallbackStatus status,
                       Instant createdAt) {

    /** How staff read the contact method. */
    public String methodLabel() {
        return method.label();
    }
}
