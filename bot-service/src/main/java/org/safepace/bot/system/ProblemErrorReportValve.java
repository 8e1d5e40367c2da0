package org.safepace.bot.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error answers (a header it rejects, an unsupported {@code Transfer-Encoding}: errors found before a
 * request reaches Spring) as the same problem+json the API gives, instead of Tomcat's HTML page. Public with a
 * no-argument constructor because Tomcat's host creates it by class name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response is already on its way: nothing more to say to it.
        }
    }

    /** Built by hand from fixed text: no client data, and no Jackson in the container's error path. */
    static String json(int status) {
        HttpStatus resolved = HttpStatus.resolve(status);
        HttpStatus known = resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
        return "{\"type\":\"" + Problems.TYPE_BASE + Problems.slug(known) + "\",\"title\":\"" + known.getReasonPhrase()
                + "\",\"status\":" + status + ",\"detail\":\"" + Problems.detailFor(known) + "\"}";
    }
}
