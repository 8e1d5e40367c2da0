package org.safepace.bot.dialogue;

/** What a message asks for, as the dialogue understands it. */
public enum Intent {
    GREETING, THANKS, GOODBYE, CAPABILITIES, QUESTION, FOLLOW_UP, ASK_FOR_PERSON, OFF_TOPIC,
    MEDICATION_OR_DIAGNOSIS, PROMPT_INJECTION, CONSENT_BOUNDARY, FORCE_ADMISSION, FEELINGS, SAFETY, SLOW_DOWN
}
