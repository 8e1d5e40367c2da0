package org.safepace.bot.dialogue;

import java.util.Objects;

/**
 * One message from any channel, in channel-neutral form.
 *
 * @param sessionId null or unknown starts a new session (web); messaging channels pass the keyed hash of the user
 * @param text      the message, already bounded in size by the channel
 * @param audience  the channel's or request's explicit hint; {@code UNKNOWN} lets the dialogue detect it
 * @param locale    BCP 47 tag, or null
 */
public record IncomingMessage(String sessionId, String text, AudienceHint audience, Channel channel, String locale) {
    public IncomingMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(channel, "channel");
        audience = audience == null ? AudienceHint.UNKNOWN : audience;
    }
}
