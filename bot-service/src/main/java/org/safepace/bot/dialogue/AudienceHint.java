package org.safepace.bot.dialogue;

/** Who the person asking says they are; {@code UNKNOWN} until they say it or the dialogue hears it. */
public enum AudienceHint {
    SELF, PARTNER, UNKNOWN
}
