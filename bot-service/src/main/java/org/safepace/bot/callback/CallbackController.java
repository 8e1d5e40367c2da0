package org.safepace.bot.callback;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.safepace.bot.system.InvalidRequestException;
import org.safepace.bot.system.RateLimiter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public call-back API: a person asks the clinic to contact them, or withdraws that request. Described in the
 * OpenAPI document when call-backs are on (CallbacksIT checks it).
 */
@RestController
@Tag(name = "callbacks", description = "After hours: ask the clinic to contact you, or withdraw that request "
        + "(only when safepace.callbacks.enabled=true)")
@ConditionalOnBooleanProperty("safepace.callbacks.enabled")
@RequestMapping("/api/v1/callbacks")
class CallbackController {

    static final String WITHDRAW_TOKEN = "X-Withdraw-Token";

    private final CallbackService callbacks;
    private final RateLimiter rateLimiter;

    CallbackController(CallbackService callbacks, RateLimiter rateLimiter) {
        this.callbacks = callbacks;
        this.rateLimiter = rateLimiter;
    }

    /** The consent wording the form shows, and its version. */
    @Operation(summary = "The consent wording and its version", description = "`{\"text\": ..., \"version\": ...}`; "
            + "the version of the wording agreed to is stored with each request.")
    @GetMapping(path = "/consent", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> consent() {
        return Map.of("text", callbacks.consentText(), "version", callbacks.consentVersion());
    }

    @Operation(summary = "Ask the clinic to contact you", description = "Stored only with consent: true. The withdraw "
            + "token is shown once (only its hash is kept).")
    @ApiResponse(responseCode = "201", description = "Stored: its id, the withdraw token and the confirmation reply")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CallbackService.Created> create(@RequestBody CallbackForm form, HttpServletRequest http) {
        NewCallback request = form.validated();
        rateLimiter.check(http.getRemoteAddr(), form.sessionIdOrNull());
        return ResponseEntity.status(HttpStatus.CREATED).body(callbacks.create(request, null));
    }

    /** Withdraws and deletes at once; an id that is already gone is 204 too, so a retry is safe. */
    @Operation(summary = "Withdraw a request", description = "Deleted at once; an id already gone is 204 too.")
    @ApiResponse(responseCode = "204", description = "Deleted (or already gone)")
    @ApiResponse(responseCode = "400", description = "No X-Withdraw-Token header",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "403", description = "The token does not match this request",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @DeleteMapping("/{id}")
    ResponseEntity<?> withdraw(@PathVariable String id,
                               @RequestHeader(name = WITHDRAW_TOKEN, required = false) String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidRequestException(WITHDRAW_TOKEN, WITHDRAW_TOKEN + " header is required");
        }
        if (id.length() > 64 || callbacks.withdraw(id, token.strip()) != CallbackService.Withdrawal.WRONG_TOKEN) {
            return ResponseEntity.noContent().build();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The withdraw token does not match this request.");
        problem.setTitle("Wrong withdraw token");
        problem.setProperty("field", WITHDRAW_TOKEN);
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
