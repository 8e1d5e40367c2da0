package org.safepace.bot.channel.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safepace.bot.callback.CallbackService;
import org.safepace.bot.callback.ChatReplies;
import org.safepace.bot.callback.ContactMethod;
import org.safepace.bot.channel.messaging.ConstantTime;
import org.safepace.bot.channel.messaging.InboundPipeline;
import org.safepace.bot.channel.messaging.MessagePacing;
import org.safepace.bot.channel.messaging.PlatformHttp;
import org.safepace.bot.channel.messaging.OutgoingReply;
import org.safepace.bot.channel.messaging.SendOutcome;
import org.safepace.bot.channel.messaging.SessionKeys;
import org.safepace.bot.channel.messaging.Transport;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Channel;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.IncomingMessage;
import org.safepace.bot.safety.TriageLevel;
import org.safepace.bot.text.TextNormaliser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** WhatsApp as a thin adapter: a notification in, the conversation service's replies out through the sender. */
final class WhatsAppChannel implements ChatReplies, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppChannel.class);

    /** A business may answer freely only within 24 hours of the person's last message. */
    static final Duration SERVICE_WINDOW = Duration.ofHours(24);
    static final String TEXT_ONLY = "I can only read text messages. Please type your question.";

    enum Outcome { HANDLED, IGNORED, BUSY }

    private final WhatsAppProperties properties;
    private final WebhookSignature signature;
    private final ConversationService conversations;
    private final MessagePacing pacing;
    private final SessionKeys sessionKeys;
    private final InboundPipeline pipeline;
    private final Clock clock;
    /** Present only when call-backs are enabled: then a reply that offers one carries the consent button. */
    private final Optional<CallbackService> callbacks;
    /** The pipeline's own transport, used directly for staff's one reply: staff see at once whether it went. */
    private final Transport transport;

    WhatsAppChannel(WhatsAppProperties properties, ConversationService conversations, MessagePacing pacing,
                    SessionKeys sessionKeys, InboundPipeline pipeline, Clock clock,
                    Optional<CallbackService> callbacks, Transport transport) {
        this.properties = properties;
        this.signature = new WebhookSignature(properties.appSecret());
        this.conversations = conversations;
        this.pacing = pacing;
        this.sessionKeys = sessionKeys;
        this.pipeline = pipeline;
        this.clock = clock;
        this.callbacks = callbacks;
        this.transport = transport;
    }

    @Override
    public ContactMethod method() {
        return ContactMethod.WHATSAPP;
    }

    /**
     * One attempt, now; the caller keeps to the 24-hour window (WhatsApp refuses a free-form message after it, and
     * that refusal is reported as not sent).
     */
    @Override
    public boolean send(String chatAddress, String text) {
        return transport.send(WhatsAppMessages.staffReply(chatAddress, text)).kind() == SendOutcome.Kind.DELIVERED;
    }

    boolean signed(String signatureHeader, byte[] rawBody) {
        return signature.matches(signatureHeader, rawBody);
    }

    /** The subscription check: the challenge to echo, only for a subscribe request with our verify token. */
    Optional<String> challenge(String mode, String verifyToken, String challenge) {
        if (!"subscribe".equals(mode) || !ConstantTime.secretsEqual(properties.verifyToken(), verifyToken)
                || challenge == null) {
            return Optional.empty();
        }
        return Optional.of(challenge);
    }

    /**
     * Handles every message of one notification; returns only once each reply is computed and queued. Status
     * callbacks (sent, delivered, read) are ignored.
     */
    Outcome handle(JsonNode notification) {
        Outcome outcome = Outcome.IGNORED;
        for (JsonNode entry : notification.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                if (!"messages".equals(text(change.path("field")))) {
                    continue;
                }
                if (!properties.phoneNumberId().equals(text(value.path("metadata").path("phone_number_id")))) {
                    log.debug("whatsapp: notification for another business number ignored");
                    continue;
                }
                for (JsonNode message : value.path("messages")) {
                    switch (handleMessage(message)) {
                        case BUSY -> {
                            return Outcome.BUSY;
                        }
                        case HANDLED -> outcome = Outcome.HANDLED;
                        case IGNORED -> { }
                    }
                }
            }
        }
        return outcome;
    }

    private Outcome handleMessage(JsonNode message) {
        String id = text(message.path("id"));
        String from = text(message.path("from"));
        if (id.isEmpty() || from.isEmpty()) {
            return Outcome.IGNORED;
        }
        if (consentTap(message)) {
            return handleConsent(id, from, message);
        }
        Optional<String> question = question(message);
        if (question.isPresent() && TextNormaliser.blank(question.get())) {
            return Outcome.IGNORED; // a reaction, a type with nothing to answer, or only invisible characters
        }
        InboundPipeline.Outcome outcome = pipeline.handle(id, () -> {
            SessionKeys.SessionKey session = sessionKeys.forUser("wa", from);
            if (!withinServiceWindow(text(message.path("timestamp")), clock.instant())) {
                log.info("whatsapp: message from {} is older than the 24-hour window; not answered", session.logId());
                return Optional.empty();
            }
            List<byte[]> bodies = question.isPresent()
                    ? answer(from, session, question.get())
                    : WhatsAppMessages.forText(from, TEXT_ONLY, List.of());
            if (bodies.isEmpty()) {
                log.info("whatsapp: nothing to send for {} (over its pace)", session.logId());
                return Optional.empty();
            }
            return Optional.of(new OutgoingReply(session.logId(), bodies));
        });
        return switch (outcome) {
            case QUEUED, NOTHING_TO_SEND -> Outcome.HANDLED;
            case DUPLICATE -> Outcome.IGNORED;
            case BUSY -> Outcome.BUSY;
        };
    }

    private static boolean consentTap(JsonNode message) {
        return "interactive".equals(text(message.path("type")))
                && WhatsAppMessages.CONSENT_ID.equals(text(message.path("interactive").path("button_reply").path("id")));
    }

    /**
     * A tap on the call-back consent button: the request is stored with this number as its contact and confirmed.
     * It takes the same pipeline as a message (signature checked, duplicates dropped, the 24-hour window kept).
     */
    private Outcome handleConsent(String id, String from, JsonNode message) {
        if (callbacks.isEmpty()) {
            return Outcome.IGNORED; // call-backs were switched off since the button was shown
        }
        InboundPipeline.Outcome outcome = pipeline.handle(id, () -> {
            SessionKeys.SessionKey session = sessionKeys.forUser("wa", from);
            if (!withinServiceWindow(text(message.path("timestamp")), clock.instant())) {
                log.info("whatsapp: consent tap from {} is older than the 24-hour window; no request", session.logId());
                return Optional.empty();
            }
            CallbackService.Created created = callbacks.get().createForChat(ContactMethod.WHATSAPP, from);
            log.info("whatsapp: call-back request {} left by {}", created.id(), session.logId());
            return Optional.of(new OutgoingReply(session.logId(),
                    WhatsAppMessages.forText(from, created.reply(), List.of())));
        });
        return switch (outcome) {
            case QUEUED, NOTHING_TO_SEND -> Outcome.HANDLED;
            case DUPLICATE -> Outcome.IGNORED;
            case BUSY -> Outcome.BUSY;
        };
    }

    /**
     * The reply, preceded by the greeting and first-use notice when this starts a conversation (WhatsApp has no
     * /start). The greeting opens with a neutral line, so the first notification is discreet on a lock screen. A
     * red-flag reply is never held behind a greeting: its calm next step comes first.
     */
    private List<byte[]> answer(String to, SessionKeys.SessionKey session, String question) {
        boolean newConversation = !conversations.remembers(session.sessionId());
        Optional<BotReply> paced = reply(session, question);
        if (paced.isEmpty()) {
            return List.of();
        }
        BotReply reply = paced.get();
        boolean redFlag = reply.triage() != null && reply.triage().level().compareTo(TriageLevel.SEEK_CARE) >= 0;
        List<byte[]> bodies = new ArrayList<>();
        if (newConversation && !redFlag) {
            BotReply welcome = conversations.welcome(session.sessionId(), Channel.WHATSAPP);
            bodies.addAll(WhatsAppMessages.forText(to, welcome.text(), List.of()));
        }
        bodies.addAll(WhatsAppMessages.forReply(to, reply));
        if (callbacks.isPresent() && reply.offers() != null && reply.offers().contains(BotReply.CALLBACK)
                && callbacks.get().canAnswerInChat(ContactMethod.WHATSAPP)) {
            bodies.add(WhatsAppMessages.consent(to, callbacks.get().chatConsentText()));
        }
        return bodies;
    }

    private Optional<BotReply> reply(SessionKeys.SessionKey session, String question) {
        String bounded = question.length() > WhatsAppMessages.MAX_TEXT
                ? question.substring(0, WhatsAppMessages.MAX_TEXT) : question;
        return pacing.answer(conversations, new IncomingMessage(session.sessionId(), bounded, AudienceHint.UNKNOWN,
                Channel.WHATSAPP, null));
    }

    /**
     * What the person asked: the text, or the full question behind a tapped button. Empty optional: a type we
     * cannot read (image, voice...), answered with a note; an empty string: nothing to answer at all.
     */
    private static Optional<String> question(JsonNode message) {
        return switch (text(message.path("type"))) {
            case "text" -> Optional.of(text(message.path("text").path("body")).strip());
            case "interactive" -> {
                JsonNode interactive = message.path("interactive");
                JsonNode reply = interactive.path("button_reply").isObject()
                        ? interactive.path("button_reply") : interactive.path("list_reply");
                yield Optional.of(ReplyButtons.suggestionOf(text(reply.path("id")))
                        .orElse(text(reply.path("title")).strip()));
            }
            case "button" -> Optional.of(text(message.path("button").path("text")).strip());
            case "reaction", "system", "" -> Optional.of("");
            default -> Optional.empty();
        };
    }

    /** @param timestamp the message's send time, epoch seconds as the webhook gives it */
    static boolean withinServiceWindow(String timestamp, Instant now) {
        try {
            Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return sent.plus(SERVICE_WINDOW).isAfter(now);
        } catch (NumberFormatException e) {
            // Without a time, assume it is fresh: the platform refuses a send outside the window anyway.
            return true;
        }
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : "";
    }

    /** The Graph API's 429 and 5xx may carry a standard {@code Retry-After}. */
    static Optional<Duration> retryAfter(HttpHeaders headers, byte[] body) {
        return PlatformHttp.RetryHint.retryAfterHeader(headers);
    }

    /** Replies accepted and not yet delivered or given up. */
    int pendingDeliveries() {
        return pipeline.pending();
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
