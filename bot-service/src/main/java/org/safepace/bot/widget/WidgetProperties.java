package org.safepace.bot.widget;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the web widget may be embedded.
 *
 * @param allowedOrigins origins (scheme, host and optional port, e.g. {@code https://clinic.example}) of the pages
 *                       allowed to call {@code /api/**} from a browser; empty means the service's own origin only
 */
@Validated
@ConfigurationProperties("safepace.widget")
record WidgetProperties(List<@Pattern(regexp = ORIGIN, message = "safepace.widget.allowed-origins must hold only "
        + "origins like https://clinic.example (scheme, host and optional port; no wildcard, no path)")
        String> allowedOrigins) {

    /**
     * Exactly scheme://host[:port], as the normalised value reads (lower case, no trailing slash); anything looser
     * (a wildcard, a path, user info) would widen CORS silently.
     */
    static final String ORIGIN = "https?://(\\[[0-9a-f:.]+]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)"
            + "(:[0-9]{1,5})?";

    WidgetProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(WidgetProperties::normalised).toList();
    }

    /** Origins compare case-insensitively and a browser never sends the trailing slash. */
    private static String normalised(String origin) {
        String value = origin == null ? "" : origin.strip().toLowerCase(Locale.ROOT);
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
