package org.safepace.bot.state;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The state store being down is 503 with {@code Retry-After}; ordered first so no catch-all turns it into a 500. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StateUnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(StateUnavailableHandler.class);

    @ExceptionHandler(StateUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(StateUnavailableException e) {
        log.warn("request refused: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot remember conversations right now. Please try again in a moment.");
        problem.setTitle("Temporarily unavailable");
        problem.setType(URI.create("https://safepace.invalid/problems/state-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(StateUnavailableException.RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
