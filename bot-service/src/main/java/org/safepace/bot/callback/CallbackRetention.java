package org.safepace.bot.callback;

import org.springframework.scheduling.annotation.Scheduled;

/** Deletes requests on schedule: at start-up and then every hour, so none outlives its retention by much. */
class CallbackRetention {

    private final CallbackService callbacks;

    CallbackRetention(CallbackService callbacks) {
        this.callbacks = callbacks;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${safepace.callbacks.purge-interval:PT1H}")
    void purge() {
        callbacks.purge();
    }
}
