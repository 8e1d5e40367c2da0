package org.safepace.bot.callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts one personal field with AES-256-GCM. Each value gets a fresh 96-bit nonce, and the row's id is the
 * associated data, so a ciphertext copied into another row does not decrypt. Because the same value never encrypts
 * the same way twice, a value the database must find or keep unique gets a keyed hash instead ({@link #lookupKey}).
 */
final class FieldCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    /** A key of its own for lookup hashes (derived from the field key), so no hash is ever made with the AES key. */
    private final SecretKey lookupKey;
    private final SecureRandom random = new SecureRandom();

    FieldCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("safepace.callbacks.encryption-key must be 32 bytes (base64), not "
                    + key.length + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "safepace lookup key v1"),
                "HmacSHA256");
    }

    /**
     * The same 64 hex digits for the same value, and nothing anyone without the key can match a guessed value
     * against (a chat id or phone number is easily guessed, so a plain hash would not do).
     */
    String lookupKey(String value) {
        return HexFormat.of().formatHex(hmac(lookupKey, value));
    }

    private static byte[] hmac(SecretKey key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** The key from its base64 text, naming the property when it is not 32 bytes of base64. */
    static FieldCipher fromBase64(String base64) {
        try {
            return new FieldCipher(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("safepace.callbacks.encryption-key must be 32 bytes in base64: "
                    + e.getMessage(), e);
        }
    }

    String encrypt(String plain, String rowId) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** The plain text; fails (never returns garbage) when the value was altered, moved or sealed with another key. */
    String decrypt(String stored, String rowId) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("call-back " + rowId + " holds a field that is not encrypted");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("call-back " + rowId
                    + " cannot be decrypted: the data was altered or safepace.callbacks.encryption-key changed", e);
        }
    }
}
