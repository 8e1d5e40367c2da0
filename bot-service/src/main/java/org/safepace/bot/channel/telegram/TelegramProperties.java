package org.safepace.bot.channel.telegram;

import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The Telegram bot; the channel exists only when both the bot token and the webhook secret are set.
 *
 * @param botToken    from BotFather; part of every Bot API path, so it is never logged
 * @param secretToken the {@code secret_token} given to {@code setWebhook}; Telegram sends it back in every call
 * @param apiBaseUrl  the Bot API, replaceable by a stand-in in tests
 */
@ConfigurationProperties("safepace.channels.telegram")
record TelegramProperties(String botToken, String secretToken, URI apiBaseUrl) {

    static final URI DEFAULT_API = URI.create("https://api.telegram.org");

    // The token goes into the URL path, so only the characters BotFather uses are allowed.
    private static final Pattern BOT_TOKEN = Pattern.compile("[0-9]+:[A-Za-z0-9_-]+");
    // What setWebhook accepts for secret_token.
    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    TelegramProperties {
        apiBaseUrl = apiBaseUrl == null ? DEFAULT_API : apiBaseUrl;
        boolean hasToken = StringUtils.hasText(botToken);
        boolean hasSecret = StringUtils.hasText(secretToken);
        if (hasToken != hasSecret) {
            throw new IllegalArgumentException("Telegram is half configured: safepace.channels.telegram."
                    + (hasToken ? "secret-token" : "bot-token") + " is missing (set both, or neither to disable it)");
        }
        if (hasToken && !BOT_TOKEN.matcher(botToken).matches()) {
            throw new IllegalArgumentException(
                    "safepace.channels.telegram.bot-token does not look like a BotFather token (digits:letters)");
        }
        if (hasSecret && !SECRET_TOKEN.matcher(secretToken).matches()) {
            throw new IllegalArgumentException("safepace.channels.telegram.secret-token must be 1-256 characters "
                    + "of A-Z, a-z, 0-9, _ and - (what setWebhook accepts)");
        }
        if (!"https".equals(apiBaseUrl.getScheme()) && !"http".equals(apiBaseUrl.getScheme())) {
            throw new IllegalArgumentException(
                    "safepace.channels.telegram.api-base-url must be an http(s) URL, was " + apiBaseUrl);
        }
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
