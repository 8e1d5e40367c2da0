package org.safepace.bot.callback;

/** Where a request stands; every status but OPEN starts the retention clock. */
public enum CallbackStatus {
    OPEN, CONTACTED, UNREACHABLE, EXPIRED
}
