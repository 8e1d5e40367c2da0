package org.safepace.bot.callback;

/** Sends one message from clinic staff into the chat a call-back request came from, on one messaging app. */
public interface ChatReplies {

    /** The app this sends on: {@link ContactMethod#TELEGRAM} or {@link ContactMethod#WHATSAPP}. */
    ContactMethod method();

    /** Sends {@code text} to the chat at {@code chatAddress} once, now; true when the platform accepted it. */
    boolean send(String chatAddress, String text);
}
