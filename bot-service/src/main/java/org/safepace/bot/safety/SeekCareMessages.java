package org.safepace.bot.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    private static final Set<String> CRISIS = Set.of("self_harm", "danger_now", "sexual_assault", "abuse_or_coercion",
            "partner_used_force", "past_sexual_assault");

    /** With suicidal thoughts only these leave the "talk to someone now" reply in place (none is urgent itself). */
    private static final Set<String> NOT_URGENT = Set.of("self_harm", "abuse_or_coercion", "sexual_assault",
            "past_sexual_assault", "partner_used_force", "medication_or_diagnosis", "no_progress",
            "condition_without_care", "moderate_pain");

    /**
     * One instruction per situation: a specific route replaces the general advice it would contradict (after a
     * procedure the surgical team, not the GP; in pregnancy maternity care, not the dilator-bleeding advice).
     */
    private static final Map<String, Set<String>> SUPERSEDES = Map.of(
            "pregnancy", Set.of("bleeding", "severe_pain", "escalating_pain", "persistent_pain", "moderate_pain"),
            "after_procedure", Set.of("bleeding", "fever", "infection", "severe_pain", "escalating_pain",
                    "persistent_pain", "moderate_pain"),
            "allergic_reaction", Set.of("infection"),
            "stuck_inside", Set.of("persistent_pain", "moderate_pain"));

    /**
     * The guidance passage (in the red-flags article) that a SEEK_CARE category's advice rests on, named as the
     * reply's source. Only where the passage says the same thing: pregnancy, a procedure or something stuck inside
     * have their own route, which that article does not describe.
     */
    public static final Map<String, String> GUIDANCE_PASSAGES = Map.of(
            "bleeding", "red-flags#which-symptoms-mean-i-should-pause-practice-and-get-checked",
            "fever", "red-flags#which-symptoms-mean-i-should-pause-practice-and-get-checked",
            "infection", "red-flags#which-symptoms-mean-i-should-pause-practice-and-get-checked",
            "severe_pain", "red-flags#what-kind-of-pain-means-i-should-get-checked",
            "escalating_pain", "red-flags#what-kind-of-pain-means-i-should-get-checked",
            "persistent_pain", "red-flags#what-kind-of-pain-means-i-should-get-checked",
            "prolapse", "red-flags#what-if-i-feel-a-bulge-or-pressure-at-the-opening",
            "condition_without_care", "red-flags#what-if-i-have-endometriosis-vestibulodynia-or-another-condition");

    /** Situations whose advice names their own route and what to do if it gets worse: no general route as well. */
    private static final Set<String> OWN_ROUTE = Set.of("pregnancy", "after_procedure");

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

    /**
     * The reply to a message not written in English: any red flag's message first, then, honestly, that SafePace
     * reads and answers English only; with no red flag, the emergency number and a crisis line all the same.
     */
    public String otherLanguage(SafetyDecision decision) {
        String note = "I'm sorry: SafePace can only read and answer messages in English for now.";
        if (decision != null && decision.level() != TriageLevel.NONE) {
            return messageFor(decision) + "\n\n" + note;
        }
        return note + "\n\nIf you are in danger or badly hurt, call " + contacts.emergencyNumber() + ". If you are "
                + "thinking about suicide, you can call " + contacts.crisisLine() + ".\n\nIf you can write in "
                + "English, I'm glad to help.";
    }

    private String emergency(SafetyDecision decision) {
        // Suicidal thoughts without danger now: someone to talk to first (still EMERGENCY: the widget's banner).
        if (decision.categories().contains("self_harm") && NOT_URGENT.containsAll(decision.categories())
                && !decision.ruleIds().contains(CrisisRules.ACTED_RULE)) {
            return CrisisRules.thoughtsReply(contacts);
        }
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
        boolean partnerOnly = decision.categories().equals(List.of("partner_used_force"));
        if (physical) {
            parts.add("**Please pause your practice until you've been checked, and contact a health professional "
                    + "today.** Thank you for telling me; this is exactly the kind of thing worth getting looked at.");
        } else if (!partnerOnly) {
            parts.add("**Thank you for telling me. You don't have to handle this on your own.**");
        }
        addAdvice(parts, decision, TriageLevel.SEEK_CARE);
        if (physical && decision.categories().stream().noneMatch(OWN_ROUTE::contains)) {
            parts.add(route(true));
            parts.add("If anything gets worse (heavy bleeding, fainting, sudden severe pain), call "
                    + contacts.emergencyNumber() + ".");
        }
        parts.add(partnerOnly ? "I'm here if you'd like to talk about how to go on from here, at your partner's pace."
                : "I'm here if you'd like to keep talking, about this or anything else.");
        return String.join("\n\n", parts);
    }

    /**
     * The ids of the guidance passages a SEEK_CARE reply's advice rests on, in the order the advice is given; none
     * for other levels, and none for a category whose advice a more specific route replaces.
     */
    public List<String> guidancePassages(SafetyDecision decision) {
        if (decision == null || decision.level() != TriageLevel.SEEK_CARE) {
            return List.of();
        }
        return decision.categories().stream()
                .filter(category -> !superseded(category, decision))
                .map(GUIDANCE_PASSAGES::get)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private String routine(SafetyDecision decision) {
        List<String> parts = new ArrayList<>();
        if (decision.categories().equals(List.of("past_sexual_assault"))) {
            // A past assault, safe now: no acute script, and no referral list; gentle guidance with support.
            addAdvice(parts, decision, TriageLevel.ROUTINE);
            parts.add("I'm here if you'd like to keep talking, at whatever pace feels right.");
            return String.join("\n\n", parts);
        }
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
            if (superseded(category, decision)) {
                continue;
            }
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

    private static boolean superseded(String category, SafetyDecision decision) {
        for (String other : decision.categories()) {
            if (SUPERSEDES.getOrDefault(other, Set.of()).contains(category)) {
                return true;
            }
        }
        return false;
    }

    /** Where to go: the configured clinic (open now, or when it opens and what to do until then), or general routes. */
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
            text.append(" If it can't wait until then, call ").append(outOfHours).append('.');
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
