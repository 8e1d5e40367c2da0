package org.safepace.bot.channel.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    private static final byte[] BODY = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);
    // printf '%s' '{"object":"whatsapp_business_account"}' | openssl dgst -sha256 -hmac 'test-app-secret'
    private static final String OPENSSL_HEX = "b6978b21c4467654c466607663db9b43fae44b71083568df403e0a077089208e";

    private final WebhookSignature signature = new WebhookSignature("test-app-secret");

    @Test
    void matchesTheHmacOpensslComputesForTheRawBody() {
        assertThat(signature.sign(BODY)).isEqualTo(OPENSSL_HEX);
        assertThat(signature.matches("sha256=" + OPENSSL_HEX, BODY)).isTrue();
        assertThat(signature.matches("sha256=" + OPENSSL_HEX.toUpperCase(), BODY)).isTrue();
    }

    @Test
    void anyChangeToTheBodyBreaksTheSignature() {
        byte[] reformatted = "{ \"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(signature.matches("sha256=" + OPENSSL_HEX, reformatted)).isFalse();
    }

    @Test
    void aForgedMissingOrMalformedHeaderIsRefused() {
        assertThat(new WebhookSignature("another-secret").matches("sha256=" + OPENSSL_HEX, BODY)).isFalse();
        assertThat(signature.matches(null, BODY)).isFalse();
        assertThat(signature.matches(OPENSSL_HEX, BODY)).isFalse();
        assertThat(signature.matches("sha1=" + OPENSSL_HEX, BODY)).isFalse();
        assertThat(signature.matches("sha256=", BODY)).isFalse();
    }
}
