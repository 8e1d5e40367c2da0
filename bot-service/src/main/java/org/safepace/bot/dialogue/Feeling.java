package org.safepace.bot.dialogue;

/**
 * A feeling the message shows, which the reply validates before it helps. {@link #FAMILY_PRESSURE} is the weight of
 * others asking (children, when, why); {@link #ENDURING_PAIN} is the person herself thinking of putting up with pain
 * for a partner's sake, whose reply must say she never has to.
 */
enum Feeling {
    NONE, SHAME, FEAR, SADNESS, GUILT, FRUSTRATION, RELATIONSHIP_WORRY, FAMILY_PRESSURE, ENDURING_PAIN
}
