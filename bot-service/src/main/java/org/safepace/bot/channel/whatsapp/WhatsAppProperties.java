package org.safepace.bot.channel.whatsapp;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

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
@ConfigurationProperties("safepace.channels.whatsapp")
record WhatsAppProperties(String appSecret, String verifyToken, String accessToken, String phoneNumberId,
                          String apiVersion, URI apiBaseUrl) {

    static final URI DEFAULT_API = URI.create("https://graph.facebook.com");
    static final String DEFAULT_VERSION = "v21.0";

    private static final Pattern VERSION = Pattern.compile("v[0-9]{1,3}\\.[0-9]{1,3}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,32}");
    private static final Pattern HEADER_SAFE = Pattern.compile("[\\x21-\\x7E]+");

    WhatsAppProperties {
        apiVersion = StringUtils.hasText(apiVersion) ? apiVersion.strip() : DEFAULT_VERSION;
        apiBaseUrl = apiBaseUrl == null ? DEFAULT_API : apiBaseUrl;
        List<String> missing = new ArrayList<>();
        if (!StringUtils.hasText(appSecret)) {
            missing.add("app-secret");
        }
        if (!StringUtils.hasText(verifyToken)) {
            missing.add("verify-token");
        }
        if (!StringUtils.hasText(accessToken)) {
            missing.add("access-token");
        }
        if (!StringUtils.hasText(phoneNumberId)) {
            missing.add("phone-number-id");
        }
        if (!missing.isEmpty() && missing.size() < 4) {
            throw new IllegalArgumentException("WhatsApp is half configured: safepace.channels.whatsapp."
                    + String.join(", safepace.channels.whatsapp.", missing)
                    + " missing (set all four, or none to disable it)");
        }
        if (missing.isEmpty()) {
            if (!DIGITS.matcher(phoneNumberId).matches()) {
                throw new IllegalArgumentException("safepace.channels.whatsapp.phone-number-id must be the numeric id "
                        + "Meta shows for the number (not the phone number itself)");
            }
            if (!HEADER_SAFE.matcher(accessToken).matches()) {
                throw new IllegalArgumentException(
                        "safepace.channels.whatsapp.access-token contains spaces or control characters");
            }
        }
        if (!VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException(
                    "safepace.channels.whatsapp.api-version must look like v21.0, was " + apiVersion);
        }
        if (!"https".equals(apiBaseUrl.getScheme()) && !"http".equals(apiBaseUrl.getScheme())) {
            throw new IllegalArgumentException(
                    "safepace.channels.whatsapp.api-base-url must be an http(s) URL, was " + apiBaseUrl);
        }
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
