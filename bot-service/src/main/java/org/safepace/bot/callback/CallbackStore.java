package org.safepace.bot.callback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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

    void insert(String id, String withdrawTokenHash, NewCallback request, String channelAddress,
                String consentVersion, Instant now) {
        jdbc.sql("""
                        INSERT INTO callback_request (id, withdraw_token_hash, contact_method, contact_value, name,
                            preferred_times, voicemail_ok, note, channel_address, consent_version, status, created_at)
                        VALUES (:id, :token, :method, :contact, :name, :times, :voicemail, :note, :address, :consent,
                            'OPEN', :now)""")
                .param("id", id)
                .param("token", withdrawTokenHash)
                .param("method", request.method().name())
                .param("contact", cipher.encrypt(request.contactValue(), id))
                .param("name", cipher.encrypt(request.name(), id))
                .param("times", request.preferredTimes())
                .param("voicemail", request.voicemailOk())
                .param("note", cipher.encrypt(request.note(), id))
                .param("address", cipher.encrypt(channelAddress, id))
                .param("consent", consentVersion)
                .param("now", utc(now))
                .update();
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
        return jdbc.sql("UPDATE callback_request SET status = :status, closed_at = :now "
                        + "WHERE id = :id AND status = 'OPEN'")
                .param("status", outcome.name()).param("now", utc(now)).param("id", id).update() > 0;
    }

    /** Opens a request again that was just closed as contacted, when staff's reply could not be sent. */
    boolean reopen(String id) {
        return jdbc.sql("UPDATE callback_request SET status = 'OPEN', closed_at = NULL "
                        + "WHERE id = :id AND status = 'CONTACTED'")
                .param("id", id).update() > 0;
    }

    /** Open requests created before {@code cutoff} expire now. */
    int expireOpenBefore(Instant cutoff, Instant now) {
        return jdbc.sql("UPDATE callback_request SET status = 'EXPIRED', closed_at = :now "
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
