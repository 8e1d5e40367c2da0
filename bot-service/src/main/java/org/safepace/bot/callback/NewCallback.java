package org.safepace.bot.callback;

/** A validated request, before it is stored: the only personal data SafePace ever keeps. */
public record NewCallback(ContactMethod method, String contactValue, String name, String preferredTimes,
                   boolean voicemailOk, String note) {
}
