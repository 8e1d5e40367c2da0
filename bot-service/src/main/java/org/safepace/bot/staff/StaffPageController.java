package org.safepace.bot.staff;

import java.security.Principal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safepace.bot.callback.Callback;
import org.safepace.bot.callback.CallbackService;
import org.safepace.bot.callback.CallbackStatus;
import org.safepace.bot.clinic.ClinicHours;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff pages: log in, then the open requests oldest first, each to mark contacted or could not reach. */
@Controller
@ConditionalOnBooleanProperty("safepace.callbacks.enabled")
class StaffPageController {

    private final CallbackService callbacks;
    private final ZoneId zone;

    StaffPageController(CallbackService callbacks, ClinicHours hours) {
        this.callbacks = callbacks;
        this.zone = hours.now().getZone();
    }

    @GetMapping("/staff/login")
    String login() {
        return "staff/login";
    }

    @GetMapping({"/staff", "/staff/"})
    String open(Principal staff, Model model) {
        model.addAttribute("staff", staff.getName());
        List<Callback> open = callbacks.openRequests(staff.getName());
        model.addAttribute("requests", open);
        Map<String, CallbackService.ChatReply> chatReplies = new HashMap<>();
        open.forEach(r -> chatReplies.put(r.id(), callbacks.chatReply(r)));
        model.addAttribute("chatReplies", chatReplies);
        model.addAttribute("maxReply", CallbackService.MAX_CHAT_REPLY);
        model.addAttribute("when", DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK).withZone(zone));
        model.addAttribute("zone", zone.getId());
        return "staff/requests";
    }

    @PostMapping("/staff/callbacks/{id}/done")
    String done(@PathVariable String id, @RequestParam(defaultValue = "contacted") String outcome,
                Principal staff) {
        CallbackStatus status = "unreachable".equals(outcome) ? CallbackStatus.UNREACHABLE : CallbackStatus.CONTACTED;
        boolean closed = callbacks.close(staff.getName(), id, status);
        return "redirect:/staff/?" + (closed ? "done" : "gone");
    }

    /** Staff's one reply into the chat a Telegram or WhatsApp request came from; then it is marked contacted. */
    @PostMapping("/staff/callbacks/{id}/reply")
    String reply(@PathVariable String id, @RequestParam(defaultValue = "") String text, Principal staff) {
        return "redirect:/staff/?" + switch (callbacks.replyInChat(staff.getName(), id, text)) {
            case SENT -> "replied";
            case GONE -> "gone";
            case NOT_ALLOWED -> "noreply";
            case INVALID -> "empty";
            case FAILED -> "unsent";
        };
    }
}
