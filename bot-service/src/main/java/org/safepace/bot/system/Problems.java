package org.safepace.bot.system;

import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one shape of every error answer: an RFC 9457 problem whose {@code type} is
 * {@code https://safepace.invalid/problems/<slug>}. Details say what was wrong, never what the client sent.
 */
public final class Problems {

    static final String TYPE_BASE = "https://safepace.invalid/problems/";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String title, String detail, String slug) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create(TYPE_BASE + slug));
        return problem;
    }

    /**
     * A problem response for a status nobody gave more words to, typed {@code application/problem+json} whatever the
     * caller accepts: the webhooks' refusals are errors like any other.
     */
    public static ResponseEntity<ProblemDetail> response(HttpStatus status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(forStatus(status.value()));
    }

    /** A problem for a status nobody gave more words to: its reason phrase as title, its name as slug. */
    static ProblemDetail forStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus resolved = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
        return of(resolved, resolved.getReasonPhrase(), detailFor(resolved), slug(resolved));
    }

    /** {@code NOT_IMPLEMENTED} -> {@code not-implemented}. */
    static String slug(HttpStatus status) {
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            return "too-large"; // the slug RequestBodyFilter's 413 has always had
        }
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case BAD_REQUEST -> "The request could not be read.";
            case NOT_IMPLEMENTED -> "The server does not support a feature this request needs (such as its "
                    + "Transfer-Encoding).";
            case INTERNAL_SERVER_ERROR -> "Please try again in a moment.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
