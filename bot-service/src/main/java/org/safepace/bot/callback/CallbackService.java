package org.safepace.bot.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.wording.Reply;
import org.safepace.bot.wording.ReplyWording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes, withdraws, lists and closes call-back requests, and deletes them on schedule. Logs hold ids and counts only,
 * never a contact detail or a note.
 */
public class CallbackService {

    private static final Logger log = LoggerFactory.getLogger(CallbackService.class);

    private final CallbackStore store;
    private final CallbackProperties properties;
    private final ClinicHours hours;
    private final ReplyWording wording;
    private final Clock clock;
    /** The messaging apps that are connected; looked up when staff reply, so the channels may depend on this. */
    private final ObjectProvider<ChatReplies> chats;
    private final SecureRandom random = new SecureRandom();

    CallbackService(CallbackStore store, CallbackProperties properties, ClinicHours hours, ReplyWording wording,
                    Clock clock, ObjectProvider<ChatReplies> chats) {
        this.store = store;
        this.properties = properties;
        this.hours = hours;
        this.wording = wording;
        this.clock = clock;
        this.chats = chats;
    }

    /** WhatsApp lets a business write freely only within 24 hours of the person's last message. */
    public static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);
    /** One staff reply fits one message on either app. */
    public static final int MAX_CHAT_REPLY = 2000;

    /** Whether staff can answer a request in its chat, as the staff page shows it. */
    public enum ChatReply {
        /** Not a chat request (phone, SMS, e-mail). */
        NOT_A_CHAT,
        AVAILABLE,
        /** A WhatsApp request more than 24 hours old: WhatsApp would refuse the message. */
        WINDOW_CLOSED,
        /** The app is not connected on this instance. */
        CHANNEL_OFF
    }

    /** What came of a staff reply. */
    public enum ReplyOutcome { SENT, GONE, NOT_ALLOWED, INVALID, FAILED }

    /** Whether staff can answer this request in its chat now (the request's creation time stands for the last message). */
    public ChatReply chatReply(Callback request) {
        if (request.method() != ContactMethod.TELEGRAM && request.method() != ContactMethod.WHATSAPP
                || request.channelAddress() == null) {
            return ChatReply.NOT_A_CHAT;
        }
        if (request.method() == ContactMethod.WHATSAPP
                && !request.createdAt().plus(WHATSAPP_WINDOW).isAfter(clock.instant())) {
            return ChatReply.WINDOW_CLOSED;
        }
        return sender(request.method()).isPresent() ? ChatReply.AVAILABLE : ChatReply.CHANNEL_OFF;
    }

    /**
     * Sends staff's one reply into the request's chat and marks it contacted. The request is closed before the send,
     * so two staff cannot both reply; if the platform refuses or cannot be reached it is opened again.
     */
    public ReplyOutcome replyInChat(String staff, String id, String text) {
        String reply = text == null ? "" : text.strip();
        if (reply.isEmpty() || reply.length() > MAX_CHAT_REPLY) {
            return ReplyOutcome.INVALID;
        }
        Optional<Callback> found = store.find(id).filter(c -> c.status() == CallbackStatus.OPEN);
        if (found.isEmpty()) {
            return ReplyOutcome.GONE;
        }
        Callback request = found.get();
        if (chatReply(request) != ChatReply.AVAILABLE) {
            return ReplyOutcome.NOT_ALLOWED;
        }
        if (!store.close(id, CallbackStatus.CONTACTED, clock.instant())) {
            return ReplyOutcome.GONE;
        }
        boolean sent;
        try {
            sent = sender(request.method()).orElseThrow().send(request.channelAddress(), reply);
        } catch (RuntimeException e) {
            log.warn("callback reply id={} failed: {}", id, e.getClass().getSimpleName());
            sent = false;
        }
        if (!sent) {
            store.reopen(request);
            log.info("callback reply id={} not accepted by {}; request open again", id, request.method().wireName());
            return ReplyOutcome.FAILED;
        }
        Instant now = clock.instant();
        store.audit(staff, "REPLIED", id, now);
        store.audit(staff, CallbackStatus.CONTACTED.name(), id, now);
        log.info("callback reply id={} sent by {}", id, request.method().wireName());
        return ReplyOutcome.SENT;
    }

    private Optional<ChatReplies> sender(ContactMethod method) {
        return chats.orderedStream().filter(c -> c.method() == method).findFirst();
    }

    /** A stored request: its id, the token that withdraws it (shown once, stored only as a hash) and the reply. */
    public record Created(String id, String withdrawToken, String reply) {
    }

    /** Stores a consented request; {@code channelAddress} is the chat to answer in (messaging apps), else null. */
    @Transactional
    public Created create(NewCallback request, String channelAddress) {
        return store(request, channelAddress, consentVersion(), confirmation(request.method()));
    }

    /**
     * Stores the request a person consented to with a button in a messaging app: the contact is the chat itself
     * ({@code chatAddress}: the Telegram chat id or the WhatsApp number), kept encrypted like any contact. A chat
     * with a request still open gets that one back, confirmed again: a double tap (two presses, two update ids, so
     * the duplicate filter cannot see it) asks once, also when the two taps reach two instances at the same moment:
     * the database keeps one open request per chat, and the tap that loses the race confirms the winner's request.
     * Not one transaction: on PostgreSQL a refused insert would end it, and the winner's row must be read after.
     * The chat has no withdraw token, so {@code withdrawToken} is null.
     */
    public Created createForChat(ContactMethod method, String chatAddress) {
        if (method != ContactMethod.TELEGRAM && method != ContactMethod.WHATSAPP) {
            throw new IllegalArgumentException("a chat request is made on Telegram or WhatsApp, not " + method);
        }
        if (chatAddress == null || chatAddress.isBlank()) {
            throw new IllegalArgumentException("a chat request needs the chat's address");
        }
        Optional<Callback> open = store.openForChat(method, chatAddress);
        if (open.isPresent()) {
            return confirmedAgain(open.get());
        }
        NewCallback request = new NewCallback(method, "this " + method.label(), null, null, false, null);
        try {
            return store(request, chatAddress, sha256(chatConsentText()).substring(0, 16), chatConfirmation());
        } catch (DuplicateKeyException raced) {
            // Another tap of this chat, on this instance or another, stored its request first.
            return confirmedAgain(store.openForChat(method, chatAddress).orElseThrow(() -> raced));
        }
    }

    private Created confirmedAgain(Callback open) {
        log.info("callback already open id={} method={}", open.id(), open.method().wireName());
        return new Created(open.id(), null, chatConfirmation());
    }

    private Created store(NewCallback request, String channelAddress, String consentVersion, String reply) {
        String id = randomToken(16);
        String token = randomToken(32);
        store.insert(id, sha256(token), request, channelAddress, consentVersion, clock.instant());
        log.info("callback created id={} method={}", id, request.method().wireName());
        return new Created(id, token, reply);
    }

    /**
     * Whether a chat request made now could be answered in the chat: always on Telegram; on WhatsApp only when the
     * clinic is open or opens before the 24-hour window of this message closes (else staff could not reply).
     */
    public boolean canAnswerInChat(ContactMethod method) {
        if (method != ContactMethod.WHATSAPP) {
            return method == ContactMethod.TELEGRAM;
        }
        return hours.opensWithin(WHATSAPP_WINDOW);
    }

    /** The words beside the consent button in a messaging app: what is stored, who sees it, for how long. */
    public String chatConsentText() {
        return wording.render(Reply.CALLBACK_CONSENT_CHAT, Map.of("retentionDays",
                Long.toString(properties.retention().toDays())));
    }

    /** The words a person agrees to; their version is stored with each request. */
    public String consentText() {
        return wording.render(Reply.CALLBACK_CONSENT, Map.of("retentionDays",
                Long.toString(properties.retention().toDays())));
    }

    /** A short hash of the consent wording, so a changed wording is a new version without anyone keeping count. */
    public String consentVersion() {
        return sha256(consentText()).substring(0, 16);
    }

    /** What happens next and when, for the confirmation. */
    String confirmation(ContactMethod method) {
        return wording.render(Reply.CALLBACK_CONFIRMED, Map.of("contactMethod", how(method), "when", when(),
                "retentionDays", Long.toString(properties.retention().toDays())));
    }

    private String chatConfirmation() {
        return wording.render(Reply.CALLBACK_CONFIRMED_CHAT, Map.of("when", when(),
                "retentionDays", Long.toString(properties.retention().toDays())));
    }

    private String when() {
        return hours.isOpenNow() ? "today, while the clinic is open"
                : hours.nextOpeningText().map(opens -> "after it opens " + opens).orElse("when the clinic next opens");
    }

    private static String how(ContactMethod method) {
        return switch (method) {
            case PHONE -> "by phone";
            case SMS -> "by text message";
            case EMAIL -> "by e-mail";
            case TELEGRAM -> "in this Telegram chat";
            case WHATSAPP -> "in this WhatsApp chat";
        };
    }

    /** The outcome of a withdrawal. */
    public enum Withdrawal { DELETED, ALREADY_GONE, WRONG_TOKEN }

    /** Deletes a request at once when the token matches; an id that is already gone is not an error. */
    @Transactional
    public Withdrawal withdraw(String id, String token) {
        Optional<String> hash = store.withdrawTokenHash(id);
        if (hash.isEmpty()) {
            return Withdrawal.ALREADY_GONE;
        }
        if (token == null || !MessageDigest.isEqual(hash.get().getBytes(StandardCharsets.US_ASCII),
                sha256(token).getBytes(StandardCharsets.US_ASCII))) {
            return Withdrawal.WRONG_TOKEN;
        }
        store.delete(id);
        store.audit("person", "WITHDRAWN", id, clock.instant());
        log.info("callback withdrawn id={}", id);
        return Withdrawal.DELETED;
    }

    /** Open requests, oldest first; each view is audited under the staff member's name. */
    @Transactional
    public List<Callback> openRequests(String staff) {
        List<Callback> open = store.open();
        Instant now = clock.instant();
        open.forEach(c -> store.audit(staff, "VIEWED", c.id(), now));
        return open;
    }

    /** One request, audited as viewed. */
    @Transactional
    public Optional<Callback> view(String staff, String id) {
        Optional<Callback> found = store.find(id);
        found.ifPresent(c -> store.audit(staff, "VIEWED", c.id(), clock.instant()));
        return found;
    }

    /** Marks an open request contacted or unreachable; false when it is not open any more. */
    @Transactional
    public boolean close(String staff, String id, CallbackStatus outcome) {
        if (outcome == CallbackStatus.OPEN || outcome == CallbackStatus.EXPIRED) {
            throw new IllegalArgumentException("a request is closed as CONTACTED or UNREACHABLE, not " + outcome);
        }
        boolean closed = store.close(id, outcome, clock.instant());
        if (closed) {
            store.audit(staff, outcome.name(), id, clock.instant());
        }
        return closed;
    }

    /**
     * Keys the open chat requests stored before the one-open-request-per-chat key existed. Not one transaction: a
     * refused key (the chat's other request holds it) must not undo the rest on PostgreSQL.
     */
    void keyOpenChats() {
        int keyed = store.keyOpenChats();
        if (keyed > 0) {
            log.info("callback open chat requests keyed={}", keyed);
        }
    }

    /** Expires requests nobody handled in time and deletes those closed longer ago than the retention period. */
    @Transactional
    public int purge() {
        Instant now = clock.instant();
        int expired = store.expireOpenBefore(now.minus(properties.expiresAfter()), now);
        int deleted = store.deleteClosedBefore(now.minus(properties.retention()));
        if (expired > 0 || deleted > 0) {
            log.info("callback retention expired={} deleted={}", expired, deleted);
        }
        return deleted;
    }

    /** The audit trail (for the staff page's tests and an operator's review). */
    List<CallbackStore.AuditEntry> auditTrail() {
        return store.auditTrail();
    }

    private String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
