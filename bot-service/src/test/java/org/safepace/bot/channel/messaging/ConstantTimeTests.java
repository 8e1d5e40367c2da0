package org.safepace.bot.channel.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConstantTimeTests {

    @Test
    void onlyTheExactSecretMatches() {
        assertThat(ConstantTime.secretsEqual("s3cret_token", "s3cret_token")).isTrue();
        assertThat(ConstantTime.secretsEqual("s3cret_token", "s3cret_tokeN")).isFalse();
        assertThat(ConstantTime.secretsEqual("s3cret_token", "s3cret_token ")).isFalse();
        assertThat(ConstantTime.secretsEqual("s3cret_token", "")).isFalse();
    }

    @Test
    void aMissingSecretNeverMatches() {
        assertThat(ConstantTime.secretsEqual("s3cret_token", null)).isFalse();
        assertThat(ConstantTime.secretsEqual(null, null)).isFalse();
    }
}
