package org.safepace.bot.safety;

import static org.safepace.bot.safety.AnalysedText.HISTORY;
import static org.safepace.bot.safety.AnalysedText.NEGATION;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safepace.bot.safety.AnalysedText.Term;

/**
 * Crisis and heavy-bleeding phrases in Spanish, Portuguese and French ({@code safety/lexicon/es.txt}, {@code pt.txt},
 * {@code fr.txt}): SafePace answers in English only, but these must still get the emergency reply. The wording of
 * that reply belongs to the crisis and bleeding families.
 */
final class OtherLanguageRules implements RuleFamily {

    record Language(String code, Term selfHarm, Term heavyBleeding) {
        static Language load(String code) {
            Map<String, Term> terms = LexiconBuilder.load(code);
            return new Language(code, LexiconBuilder.term(terms, "self_harm"), LexiconBuilder.term(terms, "heavy_bleeding"));
        }
    }

    static final List<Language> LANGUAGES = List.of(Language.load("es"), Language.load("pt"), Language.load("fr"));

    @Override
    public Finding evaluate(AnalysedText t) {
        Finding.Builder found = new Finding.Builder();
        for (Language language : LANGUAGES) {
            int at = t.firstAffirmed(language.selfHarm(), NEGATION | HISTORY);
            if (at >= 0 && !CrisisRules.generalQuestion(t, at)) {
                found.add(TriageLevel.EMERGENCY, "self_harm", "crisis.self_harm." + language.code());
            }
            if (t.affirmed(language.heavyBleeding(), NEGATION)) {
                found.add(TriageLevel.EMERGENCY, "heavy_bleeding", "bleeding.heavy." + language.code());
                found.add(TriageLevel.EMERGENCY, "bleeding", "bleeding.any." + language.code());
            }
        }
        return found.build();
    }

    @Override
    public Optional<String> advice(String category, TriageLevel level, SafetyContacts contacts) {
        return Optional.empty();
    }
}
