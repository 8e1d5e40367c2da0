package org.safepace.bot.system;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Turns a bug into a 500 problem and exactly one log line that share an error id, so an operator can find the line a
 * person reports. The line names the exception types and the frame that threw, never the message: exception messages
 * can quote what a client sent.
 */
final class UnexpectedErrors {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private UnexpectedErrors() {
    }

    static ProblemDetail record(Throwable error) {
        String errorId = newId();
        log.atError().setMessage("unexpected error")
                .addKeyValue("errorId", errorId)
                .addKeyValue("exceptionTypes", types(error))
                .addKeyValue("thrownAt", origin(error))
                .log();
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Please try again in a moment. If it keeps happening, quote error id " + errorId + ".", "internal");
        problem.setProperty("errorId", errorId);
        return problem;
    }

    static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The exception's type and its causes' types, outermost first. */
    static String types(Throwable error) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = error; t != null && depth < 5; t = t.getCause(), depth++) {
            if (!out.isEmpty()) {
                out.append(" <- ");
            }
            out.append(t.getClass().getName());
        }
        return out.toString();
    }

    /** Where the innermost cause was thrown: our own first frame if there is one, else the top frame. */
    static String origin(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StackTraceElement[] frames = root.getStackTrace();
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith("org.safepace.")) {
                return frame.toString();
            }
        }
        return frames.length == 0 ? "unknown" : frames[0].toString();
    }
}
