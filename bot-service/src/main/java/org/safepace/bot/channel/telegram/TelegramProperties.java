package org.safepace.bot.channel.telegram;

import java.net.URI;
import java.util.regex.Pattern;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The Telegram bot; the channel exists only when both the bot token and the webhook secret are set.
 *
 * @param botToken    from BotFather; part of every Bot API path, so it is never logged
 * @param secretToken the {@code secret_token} given to {@code setWebhook}; Telegram sends it back in every call
 * @param apiBaseUrl  the Bot API, replaceable by a stand-in in tests
 */
@Validated
@ConfigurationProperties("safepace.channels.telegram")
record TelegramProperties(
        String botToken,
        String secretToken,
        @NotNull(message = "safepace.channels.telegram.api-base-url must be set")
        @DefaultValue("https://api.telegram.org") URI apiBaseUrl) {

    // Secrets are checked by @AssertTrue methods, so a refused value is never repeated in the start-up error.
    // The token goes into the URL path, so only the characters BotFather uses are allowed.
    private static final Pattern BOT_TOKEN = Pattern.compile("[0-9]+:[A-Za-z0-9_-]+");
    // What setWebhook accepts for secret_token.
    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    @AssertTrue(message = "safepace.channels.telegram.bot-token does not look like a BotFather token (digits:letters)")
    boolean isBotTokenWellFormed() {
        return !StringUtils.hasText(botToken) || BOT_TOKEN.matcher(botToken).matches();
    }

    @AssertTrue(message = "safepace.channels.telegram.secret-token must be 1-256 characters of A-Z, a-z, 0-9, _ "
            + "and - (what setWebhook accepts)")
    boolean isSecretTokenWellFormed() {
        return !StringUtils.hasText(secretToken) || SECRET_TOKEN.matcher(secretToken).matches();
    }

    @AssertTrue(message = "Telegram is half configured: set both safepace.channels.telegram.bot-token and "
            + "safepace.channels.telegram.secret-token, or neither to disable it")
    boolean isBothOrNeitherSet() {
        return StringUtils.hasText(botToken) == StringUtils.hasText(secretToken);
    }

    @AssertTrue(message = "safepace.channels.telegram.api-base-url must be an http(s) URL")
    boolean isApiBaseUrlHttp() {
        return apiBaseUrl == null || "https".equals(apiBaseUrl.getScheme()) || "http".equals(apiBaseUrl.getScheme());
    }

    boolean configured() {
        return StringUtils.hasText(botToken) && StringUtils.hasText(secretToken);
    }

    @Override
    public String toString() {
        return "TelegramProperties[botToken=" + (StringUtils.hasText(botToken) ? "<set>" : "<unset>")
                + ", secretToken=" + (StringUtils.hasText(secretToken) ? "<set>" : "<unset>")
                + ", apiBaseUrl=" + apiBaseUrl + "]";
    }
}
