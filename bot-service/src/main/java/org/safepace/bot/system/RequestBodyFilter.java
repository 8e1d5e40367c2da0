package org.safepace.bot.system;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.CoyoteInputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the bodies of the requests a {@link BodyLimit} covers (the API's, 16 KB; the messaging webhooks',
 * {@code safepace.channels.max-body-size}) before anything else sees them, bounded in size and in time (10 s), and on
 * Tomcat without holding a worker thread while the bytes arrive: a client sending its body a byte at a time would
 * otherwise keep a thread blocked in a read, and a few hundred of them would leave none for anyone else. The body is
 * read with a {@link ReadListener} in an async cycle, then the request is dispatched again with the body in memory,
 * byte for byte as received (a webhook signature is computed over it). A declared larger body is refused before it
 * is read, and a chunked one once it passes the limit, so a body over the limit is a 413 however it is sent, even
 * when it would also be malformed (say, nested deeper than Jackson allows, which is a 400 for a body within the
 * limit). A body not complete within the deadline is a 408: nothing of it has been handled, so a messaging platform
 * simply delivers it again. Containers without non-blocking reads (MockMvc) are read the blocking way, with the same
 * limit.
 */
@Component
class RequestBodyFilter extends OncePerRequestFilter {

    /** The API's limit; {@link SystemConfiguration} declares it. */
    static final DataSize API_MAX_BODY = DataSize.ofKilobytes(16);
    /** Time for a whole body to arrive: the webhooks' default 64 KB in 10 s is 6.4 KB/s, far below any real link. */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(10);
    private static final String BODY = RequestBodyFilter.class.getName() + ".body";

    private final List<BodyLimit> limits;

    RequestBodyFilter(List<BodyLimit> limits) {
        this.limits = List.copyOf(limits);
    }

    private Optional<BodyLimit> limitFor(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return limits.stream().filter(limit -> limit.covers(uri)).findFirst();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return limitFor(request).isEmpty();
    }

    /** The dispatch after the body has been read comes through here too, to hand the body on. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            Object body = request.getAttribute(BODY);
            request.removeAttribute(BODY);
            chain.doFilter(body instanceof byte[] bytes ? new BufferedRequest(request, bytes) : request, response);
            return;
        }
        int max = limitFor(request).orElseThrow().maxBytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            tooLarge(response, max);
            return;
        }
        boolean hasBody = declared > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (!hasBody) {
            chain.doFilter(request, response);
            return;
        }
        ServletInputStream in = request.getInputStream();
        if (in instanceof CoyoteInputStream && request.isAsyncSupported()) {
            AsyncContext async = request.startAsync();
            async.setTimeout(BODY_DEADLINE.toMillis());
            BodyReader reader = new BodyReader(async, in, request, response, max);
            async.addListener(reader);
            in.setReadListener(reader);
            return;
        }
        if (declared >= 0) {
            // Tomcat never hands on more bytes than the declared length.
            chain.doFilter(request, response);
            return;
        }
        byte[] body = in.readNBytes(max + 1);
        if (body.length > max) {
            tooLarge(response, max);
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    /**
     * Collects the body as Tomcat delivers it (on its poller's schedule, no thread waiting), then dispatches the
     * request again; answers 413 past the limit and 408 at the deadline. Exactly one of these ends the cycle.
     */
    private static final class BodyReader implements ReadListener, AsyncListener {
        private final AsyncContext async;
        private final ServletInputStream in;
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[4096];
        private final AtomicBoolean done = new AtomicBoolean();
        private final int max;

        BodyReader(AsyncContext async, ServletInputStream in, HttpServletRequest request,
                   HttpServletResponse response, int max) {
            this.async = async;
            this.in = in;
            this.request = request;
            this.response = response;
            this.max = max;
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (!done.get() && in.isReady()) {
                int n = in.read(buffer);
                if (n < 0) {
                    return;
                }
                body.write(buffer, 0, n);
                if (body.size() > max && done.compareAndSet(false, true)) {
                    response.setHeader(HttpHeaders.CONNECTION, "close"); // the rest of the body is not read
                    tooLarge(response, max);
                    async.complete();
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (done.compareAndSet(false, true)) {
                request.setAttribute(BODY, body.toByteArray());
                async.dispatch();
            }
        }

        @Override
        public void onError(Throwable t) {
            // The client went away (or the read failed): there is no one to answer.
            if (done.compareAndSet(false, true)) {
                async.complete();
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) throws IOException {
            if (done.compareAndSet(false, true)) {
                response.setStatus(HttpStatus.REQUEST_TIMEOUT.value());
                response.setHeader(HttpHeaders.CONNECTION, "close");
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getOutputStream().write(TIMEOUT_JSON.getBytes(StandardCharsets.UTF_8));
                async.complete();
            }
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
            onError(event.getThrowable());
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }

    private static final String TIMEOUT_JSON = "{\"type\":\"" + Problems.TYPE_BASE + "request-timeout\","
            + "\"title\":\"Request body too slow\",\"status\":408,"
            + "\"detail\":\"The request body must arrive within " + BODY_DEADLINE.toSeconds() + " s.\"}";

    private static void tooLarge(HttpServletResponse response, int max) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"" + Problems.TYPE_BASE + "too-large\","
                + "\"title\":\"Request too large\",\"status\":413,"
                + "\"detail\":\"The request body must be at most " + max + " bytes.\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose body has already been read (and is known to be within the limit). */
    private static final class BufferedRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
        }

        private Charset charset() {
            String encoding = getCharacterEncoding();
            try {
                return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has already been read");
                }
            };
        }
    }
}
