package org.safepace.bot.safety;

import java.util.ArrayList;
import java.util.List;

/**
 * The red-flag screen that runs first on every message, on every channel. Deterministic Java rules, one class per
 * family, in a fixed order; the decision is the highest level any family found and the union of their categories.
 * Nothing configurable can switch a rule off or lower a level. It never throws and never logs the message.
 */
public final class SafetyScreen {

    /** The families in order, most urgent first; the order also orders the categories in a decision. */
    static final List<RuleFamily> FAMILIES = List.of(
            new CrisisRules(), new PathwayRules(), new BleedingRules(), new PainRules(), new FeverInfectionRules(),
            new ProlapseRules(), new RoutineRules(), new OtherLanguageRules());

    /** The message every rule failure degrades to: a reason to get checked rather than silence. */
    static final SafetyDecision SCREEN_FAILED = new SafetyDecision(TriageLevel.SEEK_CARE, List.of("screen_error"),
            List.of("screen.error"));

    private final SafetyBackstop backstop;

    /** The rules alone. */
    public SafetyScreen() {
        this(null);
    }

    /** The rules, raised (never lowered) by a backstop on the query vector when a vector is given. */
    public SafetyScreen(SafetyBackstop backstop) {
        this.backstop = backstop;
    }

    /**
     * Screens the text and, when both a backstop and the turn's query vector are there, lets the backstop raise the
     * level and add its categories; a failing backstop changes nothing. {@code queryVector} may be null.
     */
    public SafetyDecision screen(String message, float[] queryVector) {
        SafetyDecision rules = screen(message);
        if (backstop == null || queryVector == null) {
            return rules;
        }
        SafetyDecision semantic;
        try {
            semantic = backstop.assess(queryVector);
        } catch (RuntimeException e) {
            return rules;
        }
        return raise(rules, semantic);
    }

    /** The higher level of the two and the union of their categories and rule ids, the rules' first. */
    static SafetyDecision raise(SafetyDecision rules, SafetyDecision semantic) {
        if (semantic == null || semantic.level() == TriageLevel.NONE) {
            return rules;
        }
        List<String> categories = new ArrayList<>(rules.categories());
        semantic.categories().stream().filter(c -> !categories.contains(c)).forEach(categories::add);
        List<String> ruleIds = new ArrayList<>(rules.ruleIds());
        semantic.ruleIds().stream().filter(r -> !ruleIds.contains(r)).forEach(ruleIds::add);
        return new SafetyDecision(rules.level().max(semantic.level()), categories, ruleIds);
    }

    /** The deterministic rules on the text alone. */
    public SafetyDecision screen(String message) {
        if (message == null || message.isBlank()) {
            return SafetyDecision.NONE;
        }
        AnalysedText text;
        try {
            text = TextAnalyser.analyse(message);
        } catch (RuntimeException | StackOverflowError e) {
            return SCREEN_FAILED;
        }
        if (text.text.isEmpty()) {
            return SafetyDecision.NONE;
        }
        TriageLevel level = TriageLevel.NONE;
        List<String> categories = new ArrayList<>(4);
        List<String> ruleIds = new ArrayList<>(4);
        boolean failed = false;
        for (RuleFamily family : FAMILIES) {
            Finding finding;
            try {
                finding = family.evaluate(text);
            } catch (RuntimeException | StackOverflowError e) {
                // A rule bug must not silence the others, nor the message: err toward care.
                failed = true;
                continue;
            }
            level = level.max(finding.level());
            for (String category : finding.categories()) {
                if (!categories.contains(category)) {
                    categories.add(category);
                }
            }
            ruleIds.addAll(finding.ruleIds());
        }
        if (failed) {
            level = level.max(TriageLevel.SEEK_CARE);
            categories.add("screen_error");
            ruleIds.add("screen.error");
        }
        return level == TriageLevel.NONE ? SafetyDecision.NONE : new SafetyDecision(level, categories, ruleIds);
    }
}
