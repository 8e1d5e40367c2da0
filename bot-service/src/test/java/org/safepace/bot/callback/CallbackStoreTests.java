package org.safepace.bot.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The store's one-open-request-per-chat rule, on the real migrations in an in-memory H2 database. */
class CallbackStoreTests {

    private static final Instant NOW = Instant.parse("2026-12-01T22:30:00Z");
    private static final NewCallback CHAT = new NewCallback(ContactMethod.TELEGRAM, "this Telegram chat", null, null,
            false, null);

    private JdbcClient jdbc;
    private CallbackStore store;

    @BeforeEach
    void database() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).load().migrate();
        jdbc = JdbcClient.create(db);
        store = new CallbackStore(jdbc, FieldCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[32])));
    }

    private void insert(String id, NewCallback request, String address) {
        store.insert(id, "hash", request, address, "v", NOW);
    }

    @Test
    void aChatHasAtMostOneOpenRequestAndTheColumnDoesNotRevealTheChat() {
        insert("a", CHAT, "111111111");
        assertThatThrownBy(() -> insert("b", CHAT, "111111111")).isInstanceOf(DuplicateKeyException.class);
        insert("c", CHAT, "222222222");
        insert("d", new NewCallback(ContactMethod.WHATSAPP, "this WhatsApp chat", null, null, false, null),
                "111111111");
        insert("e", new NewCallback(ContactMethod.PHONE, "+14155550100", null, null, false, null), null);
        insert("f", new NewCallback(ContactMethod.PHONE, "+14155550100", null, null, false, null), null);

        assertThat(store.openForChat(ContactMethod.TELEGRAM, "111111111")).get().extracting(Callback::id)
                .isEqualTo("a");
        assertThat(store.openForChat(ContactMethod.TELEGRAM, "333333333")).isEmpty();
        assertThat(jdbc.sql("SELECT open_chat_key FROM callback_request").query(String.class).list())
                .noneMatch(k -> k != null && k.contains("111111111"));
    }

    @Test
    void onceTheRequestClosesOrExpiresTheChatMayAskAgain() {
        insert("a", CHAT, "111111111");
        assertThat(store.close("a", CallbackStatus.CONTACTED, NOW)).isTrue();
        insert("b", CHAT, "111111111");
        assertThat(store.expireOpenBefore(NOW.plusSeconds(1), NOW)).isEqualTo(1);
        insert("c", CHAT, "111111111");
        assertThat(store.openForChat(ContactMethod.TELEGRAM, "111111111")).get().extracting(Callback::id)
                .isEqualTo("c");
    }

    @Test
    void aReopenedRequestIsTheChatsOpenRequestAgainUnlessANewerOneTookItsPlace() {
        insert("a", CHAT, "111111111");
        Callback a = store.find("a").orElseThrow();
        store.close("a", CallbackStatus.CONTACTED, NOW);
        assertThat(store.reopen(a)).isTrue();
        assertThat(store.openForChat(ContactMethod.TELEGRAM, "111111111")).get().extracting(Callback::id)
                .isEqualTo("a");

        store.close("a", CallbackStatus.CONTACTED, NOW);
        insert("b", CHAT, "111111111");
        assertThat(store.reopen(a)).as("reopened, though not keyed").isTrue();
        assertThat(store.find("a").orElseThrow().status()).isEqualTo(CallbackStatus.OPEN);
        assertThat(store.openForChat(ContactMethod.TELEGRAM, "111111111")).get().extracting(Callback::id)
                .isEqualTo("b");
    }

    @Test
    void openChatRequestsFromBeforeTheKeyAreKeyedOnceTheFirstPerChatWinning() {
        insert("a", CHAT, "111111111");
        insert("b", CHAT, "222222222");
        jdbc.sql("UPDATE callback_request SET open_chat_key = NULL").update();
        insert("c", CHAT, "111111111"); // the double tap the old code could store
        jdbc.sql("UPDATE callback_request SET open_chat_key = NULL, created_at = :t WHERE id = 'c'")
                .param("t", NOW.plusSeconds(5).atOffset(java.time.ZoneOffset.UTC)).update();

        assertThat(store.keyOpenChats()).isEqualTo(2);
        assertThat(store.keyOpenChats()).isZero();
        assertThat(store.openForChat(ContactMethod.TELEGRAM, "111111111")).get().extracting(Callback::id)
                .isEqualTo("a");
        assertThat(store.openForChat(ContactMethod.TELEGRAM, "222222222")).get().extracting(Callback::id)
                .isEqualTo("b");
    }
}
