package org.safepace.bot.channel.whatsapp;

import java.net.URI;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The WhatsApp Cloud API number; the channel exists only when its four secrets and ids are all set.
 *
 * @param appSecret     the Meta app's secret: the key of the {@code X-Hub-Signature-256} HMAC
 * @param verifyToken   the token typed into the app's webhook settings, checked by the subscription GET
 * @param accessToken   the bearer token for sending
 * @param phoneNumberId the business number's id (not the phone number), a path segment of the send URL
 * @param apiVersion    the Graph API version, e.g. {@code v21.0}
 * @param apiBaseUrl    the Graph API, replaceable by a stand-in in tests
 */
@Validated
@ConfigurationProperties("safepace.channels.whatsapp")
record WhatsAppProperties(String appSecret, String verifyToken, String accessToken, String phoneNumberId,
                          @NotNull(message = "safepace.channels.whatsapp.api-version must be set")
                          @jakarta.validation.constraints.Pattern(regexp = "v[0-9]{1,3}\\.[0-9]{1,3}",
                                  message = "safepace.channels.whatsapp.api-version must look like v21.0")
                          @DefaultValue("v21.0") String apiVersion,
                          @NotNull(message = "safepace.channels.whatsapp.api-base-url must be set")
                          @DefaultValue("https://graph.facebook.com") URI apiBaseUrl) {

    // Secrets and ids are checked by @AssertTrue methods, so a refused value is never repeated in the start-up error.
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,32}");
    private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7E]+");

    @AssertTrue(message = "WhatsApp is half configured: set all four of safepace.channels.whatsapp.app-secret, "
            + "safepace.channels.whatsapp.verify-token, safepace.channels.whatsapp.access-token and "
            + "safepace.channels.whatsapp.phone-number-id, or none to disable it")
    boolean isAllOrNoneSet() {
        long set = Stream.of(appSecret, verifyToken, accessToken, phoneNumberId).filter(StringUtils::hasText).count();
        return set == 0 || set == 4;
    }

    @AssertTrue(message = "safepace.channels.whatsapp.phone-number-id must be the numeric id Meta shows for the "
            + "number (not the phone number itself)")
    boolean isPhoneNumberIdNumeric() {
        return !StringUtils.hasText(phoneNumberId) || DIGITS.matcher(phoneNumberId).matches();
    }

    @AssertTrue(message = "safepace.channels.whatsapp.access-token contains spaces or control characters")
    boolean isAccessTokenHeaderSafe() {
        return !StringUtils.hasText(accessToken) || HEADER_SAFE.matcher(accessToken).matches();
    }

    @AssertTrue(message = "safepace.channels.whatsapp.api-base-url must be an http(s) URL")
    boolean isApiBaseUrlHttp() {
        return apiBaseUrl == null || "https".equals(apiBaseUrl.getScheme()) || "http".equals(apiBaseUrl.getScheme());
    }

    /** The Cloud API send URL's prefix for this number: {@code {base}/{version}/{phone-number-id}}. */
    URI numberUrl() {
        return URI.create(apiBaseUrl.toString().replaceAll("/+$", "") + "/" + apiVersion + "/" + phoneNumberId);
    }

    @Override
    public String toString() {
        return "WhatsAppProperties[appSecret=" + set(appSecret) + ", verifyToken=" + set(verifyToken)
                + ", accessToken=" + set(accessToken) + ", phoneNumberId=" + set(phoneNumberId)
                + ", apiVersion=" + apiVersion + ", apiBaseUrl=" + apiBaseUrl + "]";
    }

    private static String set(String value) {
        return StringUtils.hasText(value) ? "<set>" : "<unset>";
    }
}
