package org.safepace.bot.safety;

import java.util.List;

/**
 * Whether an outgoing reply may be sent.
 *
 * @param reasons rule ids that rejected it (safe to log: never the reply text); empty when allowed
 */
public record OutboundVerdict(boolean allowed, List<String> reasons) {

    public OutboundVerdict {
        reasons = List.copyOf(reasons);
    }
}
