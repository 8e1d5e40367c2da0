package org.safepace.bot.widget;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the web widget may be embedded.
 *
 * @param allowedOrigins origins (scheme, host and optional port, e.g. {@code https://clinic.example}) of the pages
 *                       allowed to call {@code /api/**} from a browser; empty means the service's own origin only
 */
@ConfigurationProperties("safepace.widget")
record WidgetProperties(List<String> allowedOrigins) {

    WidgetProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(WidgetProperties::checkedOrigin).toList();
    }

    /** An origin is exactly scheme://host[:port]; anything looser (a wildcard, a path) would widen CORS silently. */
    private static String checkedOrigin(String origin) {
        String problem = "safepace.widget.allowed-origins: '" + origin
                + "' is not an origin like https://clinic.example (scheme, host and optional port only; no wildcard, no path)";
        if (origin == null || origin.isBlank() || origin.contains("*")) {
            throw new IllegalArgumentException(problem);
        }
        String trimmed = origin.strip();
        URI uri;
        try {
            uri = new URI(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean onlyOrigin = uri.getHost() != null && uri.getRawUserInfo() == null
                && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (!(scheme.equals("https") || scheme.equals("http")) || !onlyOrigin) {
            throw new IllegalArgumentException(problem);
        }
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
