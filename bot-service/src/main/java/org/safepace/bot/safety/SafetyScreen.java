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

    private final SemanticBackstop backstop;

    /** The deterministic rules alone (tests, and any caller without a query vector). */
    public SafetyScreen() {
        this.backstop = null;
    }

    /** The rules, then the semantic backstop on the turn's query vector, which can only raise what they decide. */
    public SafetyScreen(SemanticBackstop backstop) {
        this.backstop = java.util.Objects.requireNonNull(backstop, "backstop");
    }

    /**
     * The deterministic screen, raised (never lowered) by the semantic backstop scoring {@code vector}, the message's
     * one query embedding. Without a backstop, without a vector ({@code null}: the embedding failed), or if the
     * backstop fails, the deterministic decision stands.
     */
    public SafetyDecision screen(String message, float[] vector) {
        SafetyDecision screened = screen(message);
        if (backstop == null || vector == null) {
            return screened;
        }
        try {
            return backstop.raise(screened, vector);
        } catch (RuntimeException e) {
            return screened;
        }
    }

    /**
     * How much of a window is read again at the start of the next one: far more than any rule's reach (a sentence),
     * so a red flag across a window boundary is still read whole, with the words before it.
     */
    static final int WINDOW_OVERLAP = 2_000;

    /**
     * The deterministic rules on the text alone, all of it. Every channel bounds a message far below
     * {@link TextAnalyser#MAX_CHARS}; a longer text (a direct caller) is screened in overlapping windows of that size,
     * so nothing it is given is skipped and the work stays linear in its length.
     */
    public SafetyDecision screen(String message) {
        if (message == null || message.isBlank()) {
            return SafetyDecision.NONE;
        }
        if (message.length() <= TextAnalyser.MAX_CHARS) {
            return screenWindow(message);
        }
        SafetyDecision merged = SafetyDecision.NONE;
        int start = 0;
        while (true) {
            int end = Math.min(message.length(), start + TextAnalyser.MAX_CHARS);
            merged = merge(merged, screenWindow(message.substring(start, end)));
            if (end == message.length()) {
                return merged;
            }
            start = wordStart(message, end - WINDOW_OVERLAP);
        }
    }

    /** The first word start at or after {@code at}, so a window never begins inside a word ("non|suicidal"). */
    private static int wordStart(String text, int at) {
        int limit = Math.min(text.length(), at + WINDOW_OVERLAP / 2); // one unbroken run: cut it anyway
        int i = at;
        while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    private static SafetyDecision merge(SafetyDecision a, SafetyDecision b) {
        if (b.level() == TriageLevel.NONE) {
            return a;
        }
        if (a.level() == TriageLevel.NONE) {
            return b;
        }
        List<String> categories = new ArrayList<>(a.categories());
        b.categories().stream().filter(c -> !categories.contains(c)).forEach(categories::add);
        List<String> ruleIds = new ArrayList<>(a.ruleIds());
        b.ruleIds().stream().filter(r -> !ruleIds.contains(r)).forEach(ruleIds::add);
        return new SafetyDecision(a.level().max(b.level()), categories, ruleIds);
    }

    /** One text of at most {@link TextAnalyser#MAX_CHARS} characters. */
    private SafetyDecision screenWindow(String message) {
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
