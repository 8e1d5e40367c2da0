package org.safepace.bot.callback;

import java.util.Locale;
import java.util.regex.Pattern;
import org.safepace.bot.system.InvalidRequestException;

/** The body of {@code POST /api/v1/callbacks}: what a person chooses to leave, checked field by field. */
record CallbackForm(String sessionId, Contact contact, String name, String preferredTimes, Boolean voicemailOk,
                    String note, Boolean consent) {

    static final int MAX_NAME = 60;
    static final int MAX_TIMES = 200;
    static final int MAX_NOTE = 500;
    static final int MAX_EMAIL = 254;

    /** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** Separators people type inside a phone number, removed before the E.164 check. */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s().\\-]");
    /** A deliberately plain shape (local@domain.tld), not RFC 5322: enough to catch typos, never a 5xx. */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,63}");

    record Contact(String method, String value) {
    }

    /** The request, validated; a 400 naming the field when anything is missing, malformed or too long. */
    NewCallback validated() {
        if (!Boolean.TRUE.equals(consent)) {
            throw new InvalidRequestException("consent",
                    "consent must be true: we only store a request when you have agreed to it");
        }
        if (contact == null) {
            throw new InvalidRequestException("contact", "contact is required: a method and a value");
        }
        ContactMethod method = ContactMethod.fromApi(contact.method() == null ? null
                        : contact.method().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidRequestException("contact.method",
                        "contact.method must be \"phone\", \"sms\" or \"email\""));
        String value = contactValue(method, contact.value());
        return new NewCallback(method, value, optional("name", name, MAX_NAME),
                optional("preferredTimes", preferredTimes, MAX_TIMES), Boolean.TRUE.equals(voicemailOk),
                optional("note", note, MAX_NOTE));
    }

    /** A phone number normalised to E.164, or an e-mail address as typed (trimmed). */
    static String contactValue(ContactMethod method, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidRequestException("contact.value", "contact.value is required");
        }
        String value = raw.strip();
        if (method == ContactMethod.EMAIL) {
            if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
                throw new InvalidRequestException("contact.value",
                        "contact.value must be an e-mail address such as name@example.org");
            }
            return value;
        }
        String digits = value.length() > 40 ? value : PHONE_SEPARATORS.matcher(value).replaceAll("");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        if (!E164.matcher(digits).matches()) {
            throw new InvalidRequestException("contact.value",
                    "contact.value must be a phone number with its country code, such as +44 7700 900123");
        }
        return digits;
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new InvalidRequestException(field, field + " must be at most " + max + " characters");
        }
        return trimmed;
    }

    /** Session ids are opaque; only used to share the chat's rate limit, never stored. */
    String sessionIdOrNull() {
        return sessionId == null || sessionId.length() > 128 ? null : sessionId;
    }
}
