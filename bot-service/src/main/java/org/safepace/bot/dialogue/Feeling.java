package org.safepace.bot.dialogue;

/** A feeling the message shows, which the reply validates before it helps. */
enum Feeling {
    NONE, SHAME, FEAR, SADNESS, GUILT, FRUSTRATION, RELATIONSHIP_WORRY
}
