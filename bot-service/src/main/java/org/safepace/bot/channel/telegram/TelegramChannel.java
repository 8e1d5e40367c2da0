package org.safepace.bot.channel.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safepace.bot.callback.CallbackService;
import org.safepace.bot.callback.ChatReplies;
import org.safepace.bot.callback.ContactMethod;
import org.safepace.bot.channel.messaging.ConstantTime;
import org.safepace.bot.channel.messaging.InboundPipeline;
import org.safepace.bot.channel.messaging.MessagePacing;
import org.safepace.bot.channel.messaging.MessagingProperties;
import org.safepace.bot.channel.messaging.OutgoingReply;
import org.safepace.bot.channel.messaging.PlatformHttp;
import org.safepace.bot.channel.messaging.SendOutcome;
import org.safepace.bot.channel.messaging.SessionKeys;
import org.safepace.bot.channel.messaging.Transport;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Channel;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.IncomingMessage;
import org.safepace.bot.text.TextNormaliser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Telegram as a thin adapter: an update in, the conversation service's reply out through the retrying sender. */
final class TelegramChannel implements ChatReplies, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramChannel.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String TEXT_ONLY = "I can only read text messages. Please type your question.";
    static final String FORGOTTEN = "Done: I have forgotten our conversation. Write any time to start again.";

    /** What the webhook should answer. */
    enum Outcome { HANDLED, DUPLICATE, IGNORED, BUSY, MALFORMED }

    private final TelegramProperties properties;
    private final ConversationService conversations;
    private final MessagePacing pacing;
    private final SessionKeys sessionKeys;
    private final InboundPipeline pipeline;
    /** Present only when call-backs are enabled: then a reply that offers one carries the consent button. */
    private final Optional<CallbackService> callbacks;
    /** The pipeline's own transport, used directly for staff's one reply: staff see at once whether it went. */
    private final Transport transport;

    TelegramChannel(TelegramProperties properties, ConversationService conversations, MessagePacing pacing,
                    SessionKeys sessionKeys, InboundPipeline pipeline, Optional<CallbackService> callbacks,
                    Transport transport) {
        this.properties = properties;
        this.conversations = conversations;
        this.pacing = pacing;
        this.sessionKeys = sessionKeys;
        this.pipeline = pipeline;
        this.callbacks = callbacks;
        this.transport = transport;
    }

    @Override
    public ContactMethod method() {
        return ContactMethod.TELEGRAM;
    }

    /** One attempt, now: a refusal or an unreachable API is reported to staff rather than retried behind them. */
    @Override
    public boolean send(String chatAddress, String text) {
        long chatId = Long.parseLong(chatAddress);
        return transport.send(TelegramMessages.staffReply(chatId, text)).kind() == SendOutcome.Kind.DELIVERED;
    }

    boolean authentic(String presentedSecret) {
        return ConstantTime.secretsEqual(properties.secretToken(), presentedSecret);
    }

    /**
     * Handles one update through the messaging pipeline; returns only once the reply is computed and queued.
     */
    Outcome handle(JsonNode update) {
        JsonNode updateId = update.path("update_id");
        if (!updateId.isIntegralNumber()) {
            return Outcome.MALFORMED;
        }
        if (update.path("callback_query").isObject()) {
            return handleButton(updateId.asString(), update.path("callback_query"));
        }
        JsonNode message = update.path("message");
        JsonNode chat = message.path("chat");
        // Edited messages, channel posts, callbacks...: nothing to answer. Groups are not private: no answer there.
        if (!message.isObject() || !chat.path("id").isIntegralNumber() || !"private".equals(text(chat.path("type")))) {
            return Outcome.IGNORED;
        }
        long chatId = chat.path("id").asLong();
        JsonNode from = message.path("from");
        String userId = from.path("id").isIntegralNumber() ? from.path("id").asString() : Long.toString(chatId);
        SessionKeys.SessionKey session = sessionKeys.forUser("tg", userId);
        InboundPipeline.Outcome outcome = pipeline.handle(updateId.asString(), () -> {
            List<byte[]> bodies = respond(message, from, session);
            if (bodies.isEmpty()) {
                log.info("telegram: nothing to send for {} (over its pace)", session.logId());
                return Optional.empty();
            }
            return Optional.of(new OutgoingReply(session.logId(), bodies));
        });
        return switch (outcome) {
            case QUEUED, NOTHING_TO_SEND -> Outcome.HANDLED;
            case DUPLICATE -> Outcome.DUPLICATE;
            case BUSY -> Outcome.BUSY;
        };
    }

    /**
     * A tap on the call-back consent button: the request is stored with this chat as its contact and confirmed.
     * It takes the same pipeline as a message, so the secret check, the duplicate filter and the queue apply alike.
     */
    private Outcome handleButton(String updateId, JsonNode press) {
        JsonNode chat = press.path("message").path("chat");
        String queryId = text(press.path("id"));
        if (callbacks.isEmpty() || queryId.isEmpty() || !TelegramMessages.CONSENT_DATA.equals(text(press.path("data")))
                || !chat.path("id").isIntegralNumber() || !"private".equals(text(chat.path("type")))) {
            return Outcome.IGNORED; // not our button, or call-backs were switched off since it was shown
        }
        long chatId = chat.path("id").asLong();
        JsonNode from = press.path("from");
        String userId = from.path("id").isIntegralNumber() ? from.path("id").asString() : Long.toString(chatId);
        SessionKeys.SessionKey session = sessionKeys.forUser("tg", userId);
        InboundPipeline.Outcome outcome = pipeline.handle(updateId, () -> {
            CallbackService.Created created = callbacks.get().createForChat(ContactMethod.TELEGRAM,
                    Long.toString(chatId));
            log.info("telegram: call-back request {} left by {}", created.id(), session.logId());
            List<byte[]> bodies = new ArrayList<>(TelegramMessages.forText(chatId, created.reply(), List.of()));
            // Last: a query answered too late is refused, and that must not hold back the confirmation.
            bodies.add(TelegramMessages.answerCallbackQuery(queryId));
            return Optional.of(new OutgoingReply(session.logId(), bodies));
        });
        return switch (outcome) {
            case QUEUED, NOTHING_TO_SEND -> Outcome.HANDLED;
            case DUPLICATE -> Outcome.DUPLICATE;
            case BUSY -> Outcome.BUSY;
        };
    }

    /** The reply's messages, and the consent button after them when it offers a call-back and they are on. */
    private List<byte[]> withOffers(long chatId, BotReply reply) {
        List<byte[]> bodies = new ArrayList<>(TelegramMessages.forReply(chatId, reply));
        if (callbacks.isPresent() && reply.offers() != null && reply.offers().contains(BotReply.CALLBACK)) {
            bodies.add(TelegramMessages.consent(chatId, callbacks.get().chatConsentText()));
        }
        return bodies;
    }

    private List<byte[]> respond(JsonNode message, JsonNode from, SessionKeys.SessionKey session) {
        long chatId = message.path("chat").path("id").asLong();
        String text = text(message.path("text")).strip();
        if (TextNormaliser.blank(text)) { // nothing readable: no text, or only invisible characters
            return TelegramMessages.forText(chatId, TEXT_ONLY, List.of());
        }
        String command = command(text);
        if (command.equals("/start")) {
            BotReply welcome = conversations.welcome(session.sessionId(), Channel.TELEGRAM);
            return TelegramMessages.forReply(chatId, welcome);
        }
        if (command.equals("/forget")) {
            conversations.forget(session.sessionId());
            return TelegramMessages.forText(chatId, FORGOTTEN, List.of());
        }
        String bounded = text.length() > TelegramMessages.MAX_TEXT ? text.substring(0, TelegramMessages.MAX_TEXT) : text;
        String locale = text(from.path("language_code"));
        return pacing.answer(conversations, new IncomingMessage(session.sessionId(), bounded, AudienceHint.UNKNOWN,
                        Channel.TELEGRAM, locale.isEmpty() ? null : locale))
                .map(reply -> withOffers(chatId, reply))
                .orElse(List.of());
    }

    /** "/start", "/start payload" and "/start@SomeBot" are all /start. */
    private static String command(String text) {
        if (!text.startsWith("/")) {
            return "";
        }
        String first = text.split("\\s", 2)[0];
        int at = first.indexOf('@');
        return (at < 0 ? first : first.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : "";
    }

    /** Telegram's 429 carries its wait in the body ({@code parameters.retry_after}); the header is a fallback. */
    static Optional<Duration> retryAfter(HttpHeaders headers, byte[] body) {
        try {
            JsonNode seconds = JSON.readTree(body).path("parameters").path("retry_after");
            if (seconds.isIntegralNumber() && seconds.asLong() >= 0) {
                return Optional.of(Duration.ofSeconds(seconds.asLong()));
            }
        } catch (JacksonException e) {
            // Not JSON (a proxy's error page): fall back to the header.
        }
        return PlatformHttp.RetryHint.retryAfterHeader(headers);
    }

    /** The Bot API of this bot: the token is a path segment of every method's URL. */
    static PlatformHttp api(TelegramProperties properties, MessagingProperties.Sender settings,
                            RestClient.Builder builder) {
        URI base = URI.create(properties.apiBaseUrl().toString().replaceAll("/+$", "")
                + "/bot" + properties.botToken());
        return new PlatformHttp(base, settings, TelegramChannel::retryAfter, builder);
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
