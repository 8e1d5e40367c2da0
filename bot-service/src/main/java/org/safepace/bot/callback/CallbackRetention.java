package org.safepace.bot.callback;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes requests on schedule: at start-up and then every hour, so none outlives its retention by much (and keys any
 * open chat request left from before the per-chat key).
 */
class CallbackRetention {

    private final CallbackService callbacks;

    CallbackRetention(CallbackService callbacks) {
        this.callbacks = callbacks;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${safepace.callbacks.purge-interval:PT1H}")
    void purge() {
        callbacks.keyOpenChats();
        callbacks.purge();
    }
}
