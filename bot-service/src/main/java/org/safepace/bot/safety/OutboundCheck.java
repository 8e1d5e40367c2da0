package org.safepace.bot.safety;

import java.util.List;

/** Placeholder while the rules are written. */
public final class OutboundCheck {
    public OutboundVerdict check(String replyText) {
        return new OutboundVerdict(true, List.of());
    }
}
