package org.safepace.bot.staff;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.safepace.bot.callback.Callback;
import org.safepace.bot.callback.CallbackService;
import org.safepace.bot.callback.CallbackStatus;
import org.safepace.bot.system.InvalidRequestException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The staff API (HTTP Basic): open requests oldest first, and marking one done. */
@RestController
@ConditionalOnBooleanProperty("safepace.callbacks.enabled")
@RequestMapping("/staff/api/callbacks")
class StaffApiController {

    private final CallbackService callbacks;

    StaffApiController(CallbackService callbacks) {
        this.callbacks = callbacks;
    }

    /** One open request as the API shows it. */
    record OpenRequest(String id, Instant createdAt, String contactMethod, String contact, String name,
                       String preferredTimes, boolean voicemailOk, String note) {
        static OpenRequest of(Callback c) {
            return new OpenRequest(c.id(), c.createdAt(), c.method().wireName(), c.contactValue(), c.name(),
                    c.preferredTimes(), c.voicemailOk(), c.note());
        }
    }

    /** The body of the done call; the outcome defaults to contacted. */
    record Done(String outcome) {
        CallbackStatus status() {
            if (outcome == null || outcome.isBlank()) {
                return CallbackStatus.CONTACTED;
            }
            return switch (outcome.strip().toLowerCase(Locale.ROOT)) {
                case "contacted" -> CallbackStatus.CONTACTED;
                case "unreachable", "could-not-reach" -> CallbackStatus.UNREACHABLE;
                default -> throw new InvalidRequestException("outcome",
                        "outcome must be \"contacted\" or \"unreachable\"");
            };
        }
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<OpenRequest> open(Principal staff) {
        return callbacks.openRequests(staff.getName()).stream().map(OpenRequest::of).toList();
    }

    @PostMapping("/{id}/done")
    ResponseEntity<?> done(@PathVariable String id, @RequestBody(required = false) Done body, Principal staff) {
        CallbackStatus outcome = body == null ? CallbackStatus.CONTACTED : body.status();
        if (callbacks.close(staff.getName(), id, outcome)) {
            return ResponseEntity.noContent().build();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No open call-back request has this id (it may be done, withdrawn or expired).");
        problem.setTitle("No such open request");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
