package org.safepace.bot.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safepace.bot.meaning.NearestExamples;
import org.safepace.bot.meaning.NearestExamples.Threshold;

/**
 * Hears who is asking: the person with vaginismus (SELF) or a partner of any gender (PARTNER). The question is whose
 * body, condition or practice the message is about, not who it mentions. Three steps, first one that answers:
 * <ol>
 *   <li>strong clause cues ({@link AudienceClauses}: "my dilator", "hurting her", "i'm her husband", "let him try",
 *       "she said stop"), when one side has more of them;</li>
 *   <li>plain clause cues ("she tenses", "i tense up"), when one side leads by {@link #PLAIN_LEAD};</li>
 *   <li>the example bank prompts/understanding/audience.tsv on the turn's query vector: the nearest label with a
 *       margin ("either" nearest means the message does not say), SELF only for a message naming the writer and
 *       PARTNER only for one naming someone else.</li>
 * </ol>
 * A message about someone close who is not a partner ("my daughter", "my friend") reveals no asker, and the
 * session remembers it so that a later "she" is that person. When neither the clauses nor the bank tell, who
 * usually writes "my wife ..." (a partner) or "my husband ..." (the person herself) decides
 * ({@link AudienceClauses#usualWriter}). Otherwise the message does not reveal its asker. Thresholds are calibrated on
 * src/test/resources/understanding/audience-dev.tsv; prompts/understanding/README.md has the figures.
 */
final class AudienceReader {

    static final List<String> FILES = List.of("understanding/audience.tsv");
    static final Map<String, AudienceHint> LABELS = Map.of(
            "self", AudienceHint.SELF, "partner", AudienceHint.PARTNER, "either", AudienceHint.UNKNOWN);
    /** The bank's nearest label counts when this close and this far ahead of the next label. */
    static final Threshold BANK = new Threshold(0.74, 0.02);
    /** Plain clause votes decide when one side leads by this much and the bank does not disagree. */
    static final double PLAIN_LEAD = 1.0;

    private final AudienceClauses clauses = new AudienceClauses();
    private final NearestExamples bank;
    private final Threshold threshold;

    /** @param bank the audience bank, embedded; {@code null} reads clauses only */
    AudienceReader(NearestExamples bank) {
        this(bank, BANK);
    }

    /** With another threshold for the bank: calibration only. */
    AudienceReader(NearestExamples bank, Threshold threshold) {
        this.bank = bank;
        this.threshold = threshold;
    }

    /**
     * The asker this message reveals, if it reveals one.
     *
     * @param normalised the message as {@link MessageUnderstanding#normalise} makes it
     * @param vector     the turn's query vector, or {@code null} (clauses only: no embedding on this path)
     */
    Optional<AudienceHint> read(String normalised, float[] vector) {
        return read(normalised, vector, false, false).asker();
    }

    /**
     * Whether this message clearly reveals its asker: what may overturn an asker the session already knows. Only a
     * strong clause cue, or the bank and the clauses agreeing.
     */
    Optional<AudienceHint> readClearly(String normalised, float[] vector) {
        return read(normalised, vector, true, false).asker();
    }

    /**
     * What one message says of its asker.
     *
     * @param asker       the asker it reveals, if any
     * @param someoneElse it is about someone close who is not a partner (a daughter, a friend): the writer is
     *                    neither, and a later "she" is that person
     */
    record Reading(Optional<AudienceHint> asker, boolean someoneElse) {
        static final Reading NOTHING = new Reading(Optional.empty(), false);
    }

    private Reading read(String normalised, float[] vector, boolean clearly, boolean aboutSomeoneElse) {
        AudienceClauses.Votes votes = clauses.read(normalised, aboutSomeoneElse);
        if (votes.selfStrong() != votes.partnerStrong()) {
            return new Reading(Optional.of(votes.selfStrong() > votes.partnerStrong() ? AudienceHint.SELF
                    : AudienceHint.PARTNER), false);
        }
        // "my daughter can't use tampons, what can she do": nobody here is the person or a partner of hers.
        if (votes.someoneElse() > 0 && votes.selfPlain() < PLAIN_LEAD) {
            return new Reading(Optional.empty(), true);
        }
        // Who tenses, says stop or is in pain is grammar, which the vector hears less well than the topic.
        Optional<AudienceHint> plain = plain(votes);
        // Meaning may only say PARTNER of a message naming someone else, and SELF of one naming the writer ("how
        // long does it take to get better" is nobody in particular); "either" (UNKNOWN) means it does not tell.
        Optional<AudienceHint> meaning = meaning(vector)
                .filter(m -> m != AudienceHint.PARTNER || AudienceClauses.namesPartner(normalised, aboutSomeoneElse))
                .filter(m -> m != AudienceHint.SELF || AudienceClauses.namesWriter(normalised));
        if (clearly) {
            // Overturning what the session knows takes both: the clauses and the meaning agreeing.
            return new Reading(plain.isPresent() && plain.equals(meaning) ? plain : Optional.empty(), false);
        }
        if (plain.isPresent()) {
            return new Reading(plain, false);
        }
        Optional<AudienceHint> heard = meaning.filter(m -> m != AudienceHint.UNKNOWN);
        if (heard.isEmpty() && votes.none() && !aboutSomeoneElse) {
            // Nothing in the clauses, nothing clear in meaning: who usually writes "my wife ..." or "my husband ...".
            heard = AudienceClauses.usualWriter(normalised)
                    .map(p -> p == AudienceClauses.Person.FIRST ? AudienceHint.SELF : AudienceHint.PARTNER);
        }
        return new Reading(heard, false);
    }

    private static Optional<AudienceHint> plain(AudienceClauses.Votes votes) {
        double lead = votes.selfPlain() - votes.partnerPlain();
        if (Math.abs(lead) < PLAIN_LEAD) {
            return Optional.empty();
        }
        return Optional.of(lead > 0 ? AudienceHint.SELF : AudienceHint.PARTNER);
    }

    /** The bank's label, UNKNOWN for "either"; empty when no label is near enough or clearly ahead. */
    Optional<AudienceHint> meaning(float[] vector) {
        if (bank == null || vector == null) {
            return Optional.empty();
        }
        return bank.score(vector).best(bank.labels(), threshold).map(LABELS::get);
    }

    /**
     * The asker for this turn, kept in the session: the channel's hint wins; otherwise what this message reveals
     * when the session does not know yet, or what it clearly reveals when the session already knows the other one.
     */
    AudienceHint forTurn(String normalised, float[] vector, Session session, AudienceHint requested) {
        return forTurn(normalised, vector, session, requested, false);
    }

    /**
     * @param pressure the message asks how to pressure, persuade or hurry someone ("how do i get her to just try"), or
     *                 says the writer kept going: whoever asks that of someone they name is that person's partner, whatever else it says
     */
    AudienceHint forTurn(String normalised, float[] vector, Session session, AudienceHint requested,
                         boolean pressure) {
        if (requested != AudienceHint.UNKNOWN) {
            session.audience(requested);
            return requested;
        }
        AudienceHint known = session.audience();
        Reading heard = known == AudienceHint.UNKNOWN ? read(normalised, vector, false, session.aboutSomeoneElse())
                : read(normalised, vector, true, false);
        if (heard.someoneElse()) {
            session.aboutSomeoneElse(true);
        }
        heard.asker().filter(h -> h != AudienceHint.UNKNOWN).ifPresent(session::audience);
        if (pressure && session.audience() == AudienceHint.UNKNOWN && !session.aboutSomeoneElse()
                && AudienceClauses.namesPartner(normalised)) {
            session.audience(AudienceHint.PARTNER);
        }
        return session.audience();
    }
}
