package org.safepace.bot.callback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Call-back requests in the relational database (PostgreSQL, or the embedded H2 file). Contact value, name, note
 * and the messaging address are sealed by {@link FieldCipher} before they reach SQL; the database alone reveals none.
 */
class CallbackStore {

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CallbackStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * Stores an open request. A chat request ({@code channelAddress} set) carries its chat's key, and the database
     * keeps one open request per key: a second one for the same chat, from any instance, is a
     * {@link org.springframework.dao.DuplicateKeyException}.
     */
    void insert(String id, String withdrawTokenHash, NewCallback request, String channelAddress,
                String consentVersion, Instant now) {
        jdbc.sql("""
                        INSERT INTO callback_request (id, withdraw_token_hash, contact_method, contact_value, name,
                            preferred_times, voicemail_ok, note, channel_address, open_chat_key, consent_version,
                            status, created_at)
                        VALUES (:id, :token, :method, :contact, :name, :times, :voicemail, :note, :address, :chatKey,
                            :consent, 'OPEN', :now)""")
                .param("id", id)
                .param("token", withdrawTokenHash)
                .param("method", request.method().name())
                .param("contact", cipher.encrypt(request.contactValue(), id))
                .param("name", cipher.encrypt(request.name(), id))
                .param("times", request.preferredTimes())
                .param("voicemail", request.voicemailOk())
                .param("note", cipher.encrypt(request.note(), id))
                .param("address", cipher.encrypt(channelAddress, id))
                .param("chatKey", channelAddress == null ? null : chatKey(request.method(), channelAddress))
                .param("consent", consentVersion)
                .param("now", utc(now))
                .update();
    }

    /** The open request of one chat, if there is one. */
    Optional<Callback> openForChat(ContactMethod method, String channelAddress) {
        return jdbc.sql("SELECT * FROM callback_request WHERE open_chat_key = :key")
                .param("key", chatKey(method, channelAddress)).query(this::row).optional();
    }

    /**
     * Keys the open chat requests stored before the key column existed (a no-op once done), so they count as their
     * chat's open request too. A chat that somehow has two keeps the first; the other stays unkeyed until it closes.
     */
    int keyOpenChats() {
        int keyed = 0;
        for (Callback c : jdbc.sql("SELECT * FROM callback_request WHERE status = 'OPEN' AND open_chat_key IS NULL "
                + "AND channel_address IS NOT NULL ORDER BY created_at, id").query(this::row).list()) {
            try {
                keyed += jdbc.sql("UPDATE callback_request SET open_chat_key = :key WHERE id = :id AND status = 'OPEN'")
                        .param("key", chatKey(c.method(), c.channelAddress())).param("id", c.id()).update();
            } catch (DuplicateKeyException alreadyOpen) {
                // the chat's first request holds the key
            }
        }
        return keyed;
    }

    private String chatKey(ContactMethod method, String channelAddress) {
        return cipher.lookupKey(method.name() + ":" + channelAddress);
    }

    /** The withdraw token's hash for a request, if it still exists. */
    Optional<String> withdrawTokenHash(String id) {
        return jdbc.sql("SELECT withdraw_token_hash FROM callback_request WHERE id = :id")
                .param("id", id).query(String.class).optional();
    }

    boolean delete(String id) {
        return jdbc.sql("DELETE FROM callback_request WHERE id = :id").param("id", id).update() > 0;
    }

    /** Open requests, oldest first. */
    List<Callback> open() {
        return jdbc.sql("SELECT * FROM callback_request WHERE status = 'OPEN' ORDER BY created_at, id")
                .query(this::row).list();
    }

    Optional<Callback> find(String id) {
        return jdbc.sql("SELECT * FROM callback_request WHERE id = :id").param("id", id).query(this::row).optional();
    }

    /** Closes an open request; false when it is not open (already done, expired or gone). */
    boolean close(String id, CallbackStatus outcome, Instant now) {
        return jdbc.sql("UPDATE callback_request SET status = :status, closed_at = :now, open_chat_key = NULL "
                        + "WHERE id = :id AND status = 'OPEN'")
                .param("status", outcome.name()).param("now", utc(now)).param("id", id).update() > 0;
    }

    /**
     * Opens a chat request again that was just closed as contacted, when staff's reply could not be sent. Should the
     * person have tapped for a new request in that moment, the new one stays the chat's keyed request.
     */
    boolean reopen(Callback request) {
        String sql = "UPDATE callback_request SET status = 'OPEN', closed_at = NULL%s WHERE id = :id AND status = 'CONTACTED'";
        try {
            return jdbc.sql(sql.formatted(", open_chat_key = :key")).param("id", request.id())
                    .param("key", chatKey(request.method(), request.channelAddress())).update() > 0;
        } catch (DuplicateKeyException newerRequest) {
            return jdbc.sql(sql.formatted("")).param("id", request.id()).update() > 0;
        }
    }

    /** Open requests created before {@code cutoff} expire now. */
    int expireOpenBefore(Instant cutoff, Instant now) {
        return jdbc.sql("UPDATE callback_request SET status = 'EXPIRED', closed_at = :now, open_chat_key = NULL "
                        + "WHERE status = 'OPEN' AND created_at < :cutoff")
                .param("now", utc(now)).param("cutoff", utc(cutoff)).update();
    }

    /** Deletes closed requests (done, unreachable or expired) closed before {@code cutoff}. */
    int deleteClosedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM callback_request WHERE status <> 'OPEN' AND closed_at < :cutoff")
                .param("cutoff", utc(cutoff)).update();
    }

    /** Deletes every request and the audit trail: "delete everything". */
    void deleteAll() {
        jdbc.sql("DELETE FROM callback_request").update();
        jdbc.sql("DELETE FROM callback_audit").update();
    }

    void audit(String actor, String action, String callbackId, Instant now) {
        jdbc.sql("INSERT INTO callback_audit (at, actor, action, callback_id) VALUES (:at, :actor, :action, :id)")
                .param("at", utc(now)).param("actor", actor).param("action", action).param("id", callbackId)
                .update();
    }

    /** The audit trail, oldest first (who viewed or changed which request and when; no contact details). */
    List<AuditEntry> auditTrail() {
        return jdbc.sql("SELECT at, actor, action, callback_id FROM callback_audit ORDER BY id")
                .query((rs, n) -> new AuditEntry(instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("callback_id")))
                .list();
    }

    /** One line of the audit trail. */
    record AuditEntry(Instant at, String actor, String action, String callbackId) {
    }

    private Callback row(ResultSet rs, int rowNum) throws SQLException {
        String id = rs.getString("id");
        return new Callback(id, ContactMethod.valueOf(rs.getString("contact_method")),
                cipher.decrypt(rs.getString("contact_value"), id), cipher.decrypt(rs.getString("name"), id),
                rs.getString("preferred_times"), rs.getBoolean("voicemail_ok"),
                cipher.decrypt(rs.getString("note"), id), cipher.decrypt(rs.getString("channel_address"), id),
                CallbackStatus.valueOf(rs.getString("status")), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
