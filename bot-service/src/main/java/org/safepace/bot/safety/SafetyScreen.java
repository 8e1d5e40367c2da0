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
            new CrisisRules(), new BleedingRules(), new PainRules(), new FeverInfectionRules(), new ProlapseRules(),
            new RoutineRules());

    /** The message every rule failure degrades to: a reason to get checked rather than silence. */
    static final SafetyDecision SCREEN_FAILED = new SafetyDecision(TriageLevel.SEEK_CARE, List.of("screen_error"),
            List.of("screen.error"));

    public SafetyScreen() {
    }

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
