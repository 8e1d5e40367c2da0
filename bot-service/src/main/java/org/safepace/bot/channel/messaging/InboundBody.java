package org.safepace.bot.channel.messaging;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a webhook body as raw bytes (signatures are computed over them), refusing bodies above a limit. */
public final class InboundBody {

    private InboundBody() {
    }

    /** The body, or empty when it is larger than {@code maxBytes}; at most {@code maxBytes + 1} bytes are read. */
    public static Optional<byte[]> read(HttpServletRequest request, long maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            return Optional.empty();
        }
        int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 1);
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            return body.length > limit ? Optional.empty() : Optional.of(body);
        }
    }
}
