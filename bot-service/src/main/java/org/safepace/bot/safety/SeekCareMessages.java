package org.safepace.bot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.clinic.ClinicProperties;

/**
 * The reply for a safety decision: the concrete next step first, then a short why per category (the wording lives
 * next to each rule family), the route to care (the clinic when configured, open or closed), and an offer to keep
 * talking. EMERGENCY replies say only what to do now. Plain text with light Markdown (bold, paragraphs).
 */
public final class SeekCareMessages {

    private static final Set<String> CRISIS = Set.of("self_harm", "danger_now", "sexual_assault", "abuse_or_coercion");

    private final SafetyContacts contacts;
    private final ClinicHours clinicHours;

    public SeekCareMessages(SafetyContacts contacts, ClinicHours clinicHours) {
        this.contacts = contacts == null ? SafetyContacts.defaults() : contacts;
        this.clinicHours = clinicHours;
    }

    /** The reply text for this decision; empty for NONE. */
    public String messageFor(SafetyDecision decision) {
        if (decision == null || decision.level() == TriageLevel.NONE) {
            return "";
        }
        return switch (decision.level()) {
            case EMERGENCY -> emergency(decision);
            case SEEK_CARE -> seekCare(decision);
            case ROUTINE -> routine(decision);
            case NONE -> "";
        };
    }

    private String emergency(SafetyDecision decision) {
        List<String> parts = new ArrayList<>();
        parts.add("**Please call " + contacts.emergencyNumber() + " now.**");
        addAdvice(parts, decision, TriageLevel.EMERGENCY);
        if (decision.categories().contains("self_harm")) {
            parts.add("You don't have to go through this alone.");
        }
        return String.join("\n\n", parts);
    }

    private String seekCare(SafetyDecision decision) {
        boolean physical = decision.categories().stream().anyMatch(c -> !CRISIS.contains(c));
        List<String> parts = new ArrayList<>();
        if (physical) {
            parts.add("**Please pause your practice until you've been checked, and contact a health professional "
                    + "today.** Thank you for telling me; this is exactly the kind of thing worth getting looked at.");
        } else {
            parts.add("**Thank you for telling me. You don't have to handle this on your own.**");
        }
        addAdvice(parts, decision, TriageLevel.SEEK_CARE);
        if (physical) {
            parts.add(route(true));
        }
        parts.add("If anything gets worse (heavy bleeding, fainting, sudden severe pain), call "
                + contacts.emergencyNumber() + ".");
        parts.add("I'm here if you'd like to keep talking, about this or anything else.");
        return String.join("\n\n", parts);
    }

    private String routine(SafetyDecision decision) {
        List<String> parts = new ArrayList<>();
        parts.add("**It would help to talk this through with a professional: a pelvic-health physiotherapist, your GP "
                + "or a sex therapist, when it suits you.** There's no rush, and nothing you've said means you should "
                + "stop gentle practice within your comfort zone.");
        addAdvice(parts, decision, TriageLevel.ROUTINE);
        parts.add(route(false));
        parts.add("In the meantime, I'm happy to keep going with anything you'd like to ask.");
        return String.join("\n\n", parts);
    }

    private void addAdvice(List<String> parts, SafetyDecision decision, TriageLevel level) {
        boolean any = false;
        for (String category : decision.categories()) {
            for (RuleFamily family : SafetyScreen.FAMILIES) {
                Optional<String> advice = family.advice(category, level, contacts);
                if (advice.isPresent()) {
                    if (!parts.contains(advice.get())) {
                        parts.add(advice.get());
                    }
                    any = true;
                    break;
                }
            }
        }
        if (!any && level == TriageLevel.SEEK_CARE) {
            parts.add("Something in your message is worth having checked by a GP, nurse or pelvic-health "
                    + "physiotherapist before you carry on.");
        }
    }

    /** Where to go: the configured clinic (open now, or when it opens and what to do tonight), or general routes. */
    String route(boolean urgent) {
        if (clinicHours == null || !clinicHours.configured()) {
            return urgent
                    ? "You can contact your GP, a sexual health clinic or your pelvic-health physiotherapist. If they "
                    + "are closed, call " + contacts.outOfHoursLine() + "."
                    : "Your GP can refer you, or you can look for a pelvic-health physiotherapist or a sex therapist "
                    + "near you.";
        }
        ClinicProperties clinic = clinicHours.clinic();
        String name = clinic.name() != null ? clinic.name() : "The clinic";
        String reach = reach(clinic);
        if (clinicHours.isOpenNow()) {
            return name + " is open now" + (reach.isEmpty() ? "." : ": " + reach + ".");
        }
        String outOfHours = clinic.outOfHoursLine() != null ? clinic.outOfHoursLine() : contacts.outOfHoursLine();
        String opens = clinicHours.nextOpeningText().map(d -> "; it opens " + d).orElse("");
        StringBuilder text = new StringBuilder(name).append(" is closed right now").append(opens).append('.');
        if (urgent) {
            text.append(" If it can't wait until then, call ").append(outOfHours).append(" tonight.");
        } else if (!reach.isEmpty()) {
            text.append(" When it's open, ").append(reach).append('.');
        }
        return text.toString();
    }

    private static String reach(ClinicProperties clinic) {
        List<String> ways = new ArrayList<>(2);
        if (clinic.phone() != null) {
            ways.add("call " + clinic.phone());
        }
        if (clinic.bookingUrl() != null) {
            ways.add("book at " + clinic.bookingUrl());
        }
        return String.join(" or ", ways);
    }
}
