package org.safepace.bot.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.NearestExamples;

/**
 * Safety step 1b: red flags described without the words the deterministic rules know ("i dont see the point in living
 * anymore", "ive been saving up my pills"), found by nearest examples on the turn's query vector. It can only raise
 * the deterministic screen's level, never lower it, and only adds what the screen did not already find. The bank and
 * the thresholds are in the jar and in code on purpose: safety is not configurable.
 */
public final class SemanticBackstop {

    /** The reviewed bank inside the jar (not under prompts/, which operators may replace). */
    static final String BANK = "safety/semantic/red-flags.tsv";

    /**
     * Each category's level and threshold, calibrated on dev (src/test/resources/safety/semantic/dev.tsv, the rules'
     * dev tables and the conversation evaluation's ordinary dev messages: every dev positive of the category and every
     * dev negative) with
     * {@code -Dsafety.calibrate=true -Dtest=BackstopCalibrationSweepTests}; see the bank's README. A category fires
     * when its nearest positive example is at least {@code similarity} close and beats the nearest twin of any
     * category (negated, hypothetical, historical, educational, everyday) by {@code margin}. Each is the setting that
     * caught the most dev positives with no dev negative raised, one step back from the edge where the catch was flat.
     */
    enum Category {
        // Self-harm raised one dev negative (an ordinary question to the bot) at 0.62 and none at 0.64: a missed crisis
        // costs more than a gentle false alarm, so it asks for the least.
        SELF_HARM("self_harm", TriageLevel.EMERGENCY, 0.64, 0.01),
        // At 0.66 "danger now" raised one dev negative; at 0.68 none.
        DANGER_NOW("danger_now", TriageLevel.EMERGENCY, 0.68, 0.01),
        HEAVY_BLEEDING("heavy_bleeding", TriageLevel.EMERGENCY, 0.70, 0.03),
        ALLERGIC_REACTION("allergic_reaction", TriageLevel.SEEK_CARE, 0.72, 0.02),
        // Relationship categories ask for a clearer lead over the twins: ordinary partner talk (practising together,
        // guilt about saying no, fear he will give up, what not to say to her) sits close to their positives; below a
        // 0.03 lead, or at 0.72 for coercion, it was raised.
        SEXUAL_ASSAULT("sexual_assault", TriageLevel.SEEK_CARE, 0.72, 0.03),
        ABUSE_OR_COERCION("abuse_or_coercion", TriageLevel.SEEK_CARE, 0.74, 0.03),
        PARTNER_USED_FORCE("partner_used_force", TriageLevel.SEEK_CARE, 0.74, 0.03),
        INFECTION("infection", TriageLevel.SEEK_CARE, 0.70, 0.02),
        STUCK_INSIDE("stuck_inside", TriageLevel.SEEK_CARE, 0.68, 0.02);

        final String id;
        final TriageLevel level;
        final NearestExamples.Threshold threshold;

        Category(String id, TriageLevel level, double similarity, double margin) {
            this.id = id;
            this.level = level;
            this.threshold = new NearestExamples.Threshold(similarity, margin);
        }

        static Set<String> ids() {
            return Arrays.stream(values()).map(c -> c.id).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** How close to the nearest category another must be to count as the same reading of the message. */
    static final double TIE = 0.01;

    /** The rule id of a category only the backstop raised: this prefix and the category. */
    public static final String RULE_PREFIX = "semantic.";
    /**
     * Who was harmed, as the rules read it: the writer (assault, coercion) or the writer's partner (the writer's own
     * admission). When the rules have read one side, the vector does not add the other: "my husband ignores me when
     * i say stop and carries on" must not also get the reply meant for the one who did it.
     */
    public static final Set<String> HARMED_WRITER = Set.of("sexual_assault", "abuse_or_coercion");
    private static final Set<String> HARMED_PARTNER = Set.of("partner_used_force");

    private final NearestExamples bank;

    SemanticBackstop(NearestExamples bank) {
        this.bank = bank;
        List<String> missing = Arrays.stream(Category.values()).map(c -> c.id)
                .filter(id -> !bank.labels().contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(BANK + " has no examples for " + missing);
        }
    }

    /** Reads the bank from the jar and embeds it with the turn's query embedding (once, at start-up). */
    public static SemanticBackstop load(Function<List<String>, List<float[]>> queryEmbeddings) {
        return new SemanticBackstop(new NearestExamples(bank(), queryEmbeddings));
    }

    static ExampleBank bank() {
        return ExampleBank.fromClasspath(List.of(BANK), Category.ids());
    }

    /** What the vector alone says, strongest level first; empty when no category is near enough. */
    List<Category> assess(float[] vector) {
        NearestExamples.Scores scores = bank.score(vector);
        double top = scores.top();
        List<Category> found = new ArrayList<>();
        for (Category category : Category.values()) {
            // Only the nearest category (or one tied with it): coercion must not also read as danger now.
            if (scores.positive(category.id) >= top - TIE
                    && scores.detectsAgainstAllTwins(category.id, category.threshold)) {
                found.add(category);
            }
        }
        return found;
    }

    /**
     * The deterministic decision, raised by what the vector adds: a category found here joins the decision when the
     * screen has not found it and its level is at least the screen's (an emergency reply holds only what to do now,
     * so a lesser semantic finding is not added to it). Never lowers a level, never removes a category.
     */
    public SafetyDecision raise(SafetyDecision screened, float[] vector) {
        List<Category> found = assess(vector);
        if (found.isEmpty()) {
            return screened;
        }
        SafetyDecision raised = screened;
        for (Category category : found) {
            raised = added(raised, screened, category.id, category.level, RULE_PREFIX + category.id);
        }
        return raised;
    }

    /** Rule id of the understanding layer's reading that the writer used force on a partner. */
    public static final String FORCE_ADMISSION_RULE = "understanding.partner_used_force";

    /**
     * The decision raised by a learned reading of the turn (the understanding layer's boundary bank) that the writer
     * forced a partner or went on after a no, said in words the rules do not know ("she froze and i carried on"):
     * coercion and force are SEEK_CARE at least, whoever writes, with the reply meant for the one who did it. Like
     * the vector's own categories it only raises: not added when the screen found it already, read the writer as the
     * one harmed, or decided an emergency (whose reply holds only what to do now).
     */
    public static SafetyDecision raisedByForceAdmission(SafetyDecision screened) {
        return added(screened, screened, Category.PARTNER_USED_FORCE.id, Category.PARTNER_USED_FORCE.level,
                FORCE_ADMISSION_RULE);
    }

    /** {@code decision} with one more category, when {@code screened} (the rules' decision) leaves room for it. */
    private static SafetyDecision added(SafetyDecision decision, SafetyDecision screened, String category,
                                        TriageLevel level, String ruleId) {
        if (level.compareTo(screened.level()) < 0 || decision.categories().contains(category)
                || readsTheOtherSide(category, screened.categories(), screened.ruleIds())) {
            return decision;
        }
        List<String> categories = new ArrayList<>(decision.categories());
        categories.add(category);
        List<String> ruleIds = new ArrayList<>(decision.ruleIds());
        ruleIds.add(ruleId);
        return new SafetyDecision(decision.level().max(level), categories, ruleIds);
    }

    /**
     * Does the rules' decision read the writer on the other side of {@code category}: harmed where the category
     * would have her harm a partner, or the reverse; and (safe9) threatened by someone else's weapon held to her body
     * where the vector reads her own self-harm ("hes holding a knife to my neck" lies near "a blade to my wrist"): the
     * level is EMERGENCY either way, only the reply's first line would be wrong.
     */
    private static boolean readsTheOtherSide(String category, List<String> screened, List<String> ruleIds) {
        if (category.equals("self_harm") && ruleIds.contains(CrisisRules.OTHERS_WEAPON_RULE)) {
            return true;
        }
        Set<String> other = HARMED_WRITER.contains(category) ? HARMED_PARTNER
                : HARMED_PARTNER.contains(category) ? HARMED_WRITER : Set.of();
        return screened.stream().anyMatch(other::contains);
    }

    /** Per category, how many examples of each kind the bank holds (for the start-up log and the bank test). */
    Map<String, Map<org.safepace.bot.meaning.LabelledExample.Kind, Integer>> counts() {
        return bank().counts();
    }
}
