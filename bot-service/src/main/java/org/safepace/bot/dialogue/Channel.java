package org.safepace.bot.dialogue;

/** Where a message came from; every channel goes through the same conversation service. */
public enum Channel {
    WEB, TELEGRAM, WHATSAPP;

    /** Messaging apps key their sessions by a keyed hash of the platform user, so the id is stable, not random. */
    public boolean keysOwnSessions() {
        return this != WEB;
    }
}
