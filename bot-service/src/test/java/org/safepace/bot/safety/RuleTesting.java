package org.safepace.bot.safety;

/** Runs one rule family on one message, as the screen would. */
final class RuleTesting {

    private RuleTesting() {
    }

    static Finding evaluate(RuleFamily family, String message) {
        return family.evaluate(TextAnalyser.analyse(message));
    }
}
