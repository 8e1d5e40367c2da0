package org.safepace.bot.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final FieldCipher cipher = FieldCipher.fromBase64(KEY);

    @Test
    void sealsAndOpensAValueWithoutItAppearingInTheStoredText() {
        String sealed = cipher.encrypt("+447700900123", "row-1");
        assertThat(sealed).startsWith("v1:").doesNotContain("7700900123");
        assertThat(cipher.decrypt(sealed, "row-1")).isEqualTo("+447700900123");
        assertThat(cipher.encrypt("+447700900123", "row-1")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.encrypt(null, "row-1")).isNull();
    }

    @Test
    void aLookupKeyIsTheSameForTheSameValueAndNeedsTheKey() {
        String key = cipher.lookupKey("TELEGRAM:111111111");
        assertThat(key).hasSize(64).matches("[0-9a-f]+").doesNotContain("111111111")
                .isEqualTo(cipher.lookupKey("TELEGRAM:111111111"))
                .isNotEqualTo(cipher.lookupKey("TELEGRAM:111111112"));
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(new FieldCipher(other).lookupKey("TELEGRAM:111111111")).isNotEqualTo(key);
    }

    @Test
    void aValueMovedToAnotherRowAlteredOrOpenedWithAnotherKeyFails() {
        String sealed = cipher.encrypt("sam@example.org", "row-1");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "row-2")).hasMessageContaining("row-2");
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.decrypt(new String(chars), "row-1")).isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new FieldCipher(other).decrypt(sealed, "row-1"))
                .hasMessageContaining("encryption-key");
        assertThatThrownBy(() -> cipher.decrypt("+447700900123", "row-1")).hasMessageContaining("not encrypted");
    }

    @Test
    void aKeyThatIsNot32BytesOfBase64NamesTheProperty() {
        assertThatThrownBy(() -> FieldCipher.fromBase64("c2hvcnQ=")).hasMessageContaining(
                "safepace.callbacks.encryption-key");
        assertThatThrownBy(() -> FieldCipher.fromBase64("not base64!")).hasMessageContaining(
                "safepace.callbacks.encryption-key");
    }

    @Test
    void withTheEmbeddedDatabaseAndNoKeyAKeyFileReadableOnlyByItsOwnerIsCreatedAndReused(@TempDir Path dir)
            throws Exception {
        CallbackProperties noKey = new CallbackProperties(true, null, Duration.ofDays(14), Duration.ofDays(14));
        String sealed = CallbackKey.cipher(noKey, true, dir.resolve("data")).encrypt("secret", "r");
        Path file = dir.resolve("data").resolve(CallbackKey.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(CallbackKey.cipher(noKey, true, dir.resolve("data")).decrypt(sealed, "r")).isEqualTo("secret");
    }

    @Test
    void anExternalDatabaseNeedsAConfiguredKey(@TempDir Path dir) {
        CallbackProperties noKey = new CallbackProperties(true, null, Duration.ofDays(14), Duration.ofDays(14));
        assertThatThrownBy(() -> CallbackKey.cipher(noKey, false, dir))
                .hasMessageContaining("safepace.callbacks.encryption-key is required");
        assertThat(dir.resolve(CallbackKey.FILE_NAME)).doesNotExist();
    }
}
