package org.safepace.bot.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's error controller: whatever the servlet container forwards to {@code /error} (an exception thrown
 * outside Spring MVC, a {@code sendError}) is answered as a problem. Asked for directly, {@code /error} is a 404,
 * not Boot's {@code 999}.
 */
@RestController
class ProblemErrorController implements ErrorController {

    /** Whatever the client accepts: a problem is the only answer an error has (hence no {@code produces}). */
    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer value ? value : 404;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ProblemDetail problem = code >= 500 && exception instanceof Throwable error
                ? UnexpectedErrors.record(error)
                : Problems.forStatus(code);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
