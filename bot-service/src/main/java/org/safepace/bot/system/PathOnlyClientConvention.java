package org.safepace.bot.system;

import io.micrometer.common.KeyValue;
import java.net.URI;
import org.springframework.http.client.observation.ClientRequestObservationContext;
import org.springframework.http.client.observation.DefaultClientRequestObservationConvention;

/**
 * Measures outgoing HTTP calls ({@code http.client.requests}) without the secrets and ids platform URLs carry:
 * Telegram puts the bot token in the path ({@code /bot<token>/sendMessage}) and WhatsApp the phone-number id
 * ({@code /v21.0/<id>/messages}). Only the last path segment, the API method, becomes the {@code uri} tag.
 */
class PathOnlyClientConvention extends DefaultClientRequestObservationConvention {

    @Override
    protected KeyValue uri(ClientRequestObservationContext context) {
        String template = context.getUriTemplate();
        if (template == null && context.getCarrier() != null) {
            template = context.getCarrier().getURI().getPath();
        }
        return KeyValue.of("uri", lastSegment(template));
    }

    @Override
    protected KeyValue requestUri(ClientRequestObservationContext context) {
        if (context.getCarrier() == null) {
            return KeyValue.of("http.url", "none");
        }
        URI uri = context.getCarrier().getURI();
        return KeyValue.of("http.url", uri.getScheme() + "://" + uri.getAuthority() + lastSegment(uri.getPath()));
    }

    static String lastSegment(String path) {
        if (path == null || path.isEmpty()) {
            return "none";
        }
        String withoutQuery = path.replaceFirst("[?#].*$", "").replaceAll("/+$", "");
        int slash = withoutQuery.lastIndexOf('/');
        String last = slash < 0 ? withoutQuery : withoutQuery.substring(slash + 1);
        return "/" + last;
    }
}
