package org.safepace.bot.callback;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the person would like to be contacted; for Telegram and WhatsApp the contact is the chat itself. */
public enum ContactMethod {
    PHONE, SMS, EMAIL, TELEGRAM, WHATSAPP;

    /** The wire name, as in the API: {@code phone}, {@code sms}, {@code email}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The methods a person can choose in the API (the messaging ones are set by their channel). */
    static Optional<ContactMethod> fromApi(String value) {
        return Arrays.stream(new ContactMethod[] {PHONE, SMS, EMAIL})
                .filter(m -> m.wireName().equals(value))
                .findFirst();
    }

    /** How staff read it on their page. */
    String label() {
        return switch (this) {
            case PHONE -> "Phone call";
            case SMS -> "Text message";
            case EMAIL -> "E-mail";
            case TELEGRAM -> "Telegram chat";
            case WHATSAPP -> "WhatsApp chat";
        };
    }
}
