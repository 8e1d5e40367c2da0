package org.safepace.bot.channel.messaging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Turns a platform user id into a stable session id that cannot be traced back without the key. */
public final class SessionKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public SessionKeys(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 16) {
            throw new IllegalArgumentException("session key secret must have at least 16 bytes, had " + secret.length);
        }
        this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), ALGORITHM);
    }

    /**
     * The session of one user of one app.
     *
     * @param platform short app name, part of the hashed input so the same number on two apps gives two sessions
     * @param userId   the platform's id of the person (Telegram user id, WhatsApp id); never logged
     */
    public SessionKey forUser(String platform, String userId) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        byte[] digest = hmac(platform + '\u0000' + userId);
        String id = platform + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        return new SessionKey(id, HexFormat.of().formatHex(digest, 0, 4));
    }

    private byte[] hmac(String input) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * @param sessionId what the conversation service keys the session by
     * @param logId     eight hex characters of the keyed hash: enough to follow one conversation in the logs
     */
    public record SessionKey(String sessionId, String logId) {
    }
}
