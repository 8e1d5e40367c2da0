package org.safepace.bot.system;

import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error is an RFC 9457 problem ({@code application/problem+json}) that says what was wrong,
 * and never echoes what the person wrote.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** Only our own field names are ever named back; they all look like this. */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), "invalid-request");
        problem.setProperty("field", e.field());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many messages",
                        "Please wait " + e.retryAfterSeconds() + " s before sending another message.", "rate-limited"));
    }

    /**
     * Unreadable bodies are 400: a field of the wrong JSON type names the field ({@code {"message": 42}} is not
     * quietly read as "42"); anything else that is not JSON, or nests deeper than Jackson allows, is malformed.
     * Bodies over the size limit never get here (see {@link RequestBodyFilter}).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                String field = topLevelField(mismatch);
                if (field != null) {
                    ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid request",
                            field + " must be a JSON string", "invalid-request");
                    problem.setProperty("field", field);
                    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
                }
            }
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(Problems.of(
                HttpStatus.BAD_REQUEST, "Malformed JSON",
                "The request body must be a JSON object such as {\"message\": \"...\"}.", "malformed-json"));
    }

    private static String topLevelField(JacksonException e) {
        if (e.getPath().isEmpty()) {
            return null;
        }
        String name = e.getPath().get(0).getPropertyName();
        return name != null && FIELD_NAME.matcher(name).matches() ? name : null;
    }

    /**
     * Spring's own problems (404, 405, 415, ...) in our shape: our type URI, and a detail that does not repeat the
     * path or header the client sent.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            ProblemDetail ours = Problems.forStatus(statusCode.value());
            problem.setType(ours.getType());
            if (statusCode.value() == HttpStatus.NOT_FOUND.value()) {
                problem.setDetail(ours.getDetail());
            }
        }
        if (response == null || !(response.getBody() instanceof ProblemDetail)) {
            return response;
        }
        // Typed here, not negotiated: an Accept header that cannot even be parsed still gets the problem body.
        HttpHeaders typed = new HttpHeaders();
        typed.putAll(response.getHeaders());
        typed.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(response.getBody(), typed, response.getStatusCode());
    }

    /** A bug must not show its internals: one log line and the response share an error id. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(UnexpectedErrors.record(e));
    }
}
