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
 *   <li>nobody else named, and the writer's own body or pain word ("it burns every time, what do i do"): SELF;</li>
 *   <li>the example bank prompts/understanding/audience.tsv on the turn's query vector: the nearest label with a
 *       margin ("either" nearest means the message does not say), SELF only for a message naming the writer (and,
 *       if it names the other person too, saying something of the writer's body) and PARTNER only for one naming
 *       someone else.</li>
 * </ol>
 * A message about someone close who is not a partner ("my daughter", "my friend") reveals no asker, and the
 * session remembers it so that a later "she" is that person. When neither the clauses nor the bank tell, who
 * usually writes of "my wife" or "her" (a partner) or of "my husband" or "him" (the person herself) decides
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
    /**
     * Of a message naming no partner ("is it normal for a partner to feel this way?", "how do i not be that guy"),
     * speaking of the role ("a partner", "other partners", "that guy"), the bank may say PARTNER when its nearest partner
     * row leads the nearest self row by more than this (0.04 and 0.0 tried on dev: 0.0 gained one more case, lost none).
     */
    static final double UNNAMED_PARTNER_LEAD = 0.0;

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
        return read(normalised, vector, clearly, aboutSomeoneElse, false);
    }

    /**
     * @param ownFeeling the message shares the writer's guilt, shame or worry about the relationship: then "my wife"
     *                   alone says nothing of who writes (the usual reading was counted on questions; a woman's guilt
     *                   towards her girlfriend is as often written), so it is never the last resort for a partner
     */
    private Reading read(String normalised, float[] vector, boolean clearly, boolean aboutSomeoneElse,
                         boolean ownFeeling) {
        AudienceClauses.Votes votes = clauses.read(normalised, aboutSomeoneElse);
        if (clearly && votes.selfDecisive() != votes.partnerDecisive()) {
            // Overturning a known asker takes whose condition it is ("my dilator", "she has it"), not what one does
            // for the other: "how do i help him understand" is still the person herself.
            return new Reading(Optional.of(votes.selfDecisive() > votes.partnerDecisive() ? AudienceHint.SELF
                    : AudienceHint.PARTNER), false);
        }
        if (!clearly && votes.selfStrong() != votes.partnerStrong()) {
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
        boolean partnerNamed = AudienceClauses.namesPartner(normalised, aboutSomeoneElse);
        boolean writerClaims = votes.selfStrong() > 0 || votes.selfPlain() > 0;
        // Meaning hears the topic better than the person: of a message that names the other person and says nothing
        // of the writer's own body ("what shouldn't i say to my wife"), it may not say SELF.
        // A partner who never names her but speaks of the role ("are there other partners out there who get it?",
        // "how do i not be that guy") is heard when the bank clearly prefers partner over self. Without a role word
        // the bank's lead alone misheard plain questions ("can i use my trainer while aroused") on dev.
        boolean roleLeads = votes.someoneElse() == 0 && !aboutSomeoneElse
                && AudienceClauses.namesPartnerRole(normalised) && partnerLead(vector) > UNNAMED_PARTNER_LEAD;
        boolean partnerHeard = partnerNamed || roleLeads;
        Optional<AudienceHint> meaning = meaning(vector)
                .filter(m -> m != AudienceHint.PARTNER || partnerHeard)
                .filter(m -> m != AudienceHint.SELF || AudienceClauses.namesWriter(normalised)
                        && (writerClaims || !partnerNamed));
        if (clearly) {
            // Overturning what the session knows takes both: the clauses and the meaning agreeing.
            return new Reading(plain.isPresent() && plain.equals(meaning) ? plain : Optional.empty(), false);
        }
        if (plain.isPresent()) {
            return new Reading(plain, false);
        }
        // Nobody else in the message, and the writer with a body or pain word ("it burns every time, what do i do"):
        // a partner asking would name the one it happens to. Practice alone ("how do i put a dilator in") does not
        // tell: a partner may be the one helping; nor does a couple ("when we try" may be written by either), nor a
        // condition said of people in general ("what puts pressure on someone with vaginismus").
        if (!partnerNamed && votes.someoneElse() == 0 && !aboutSomeoneElse && votes.partnerPlain() == 0
                && AudienceClauses.namesWriter(normalised) && !AudienceClauses.namesCouple(normalised)
                && (votes.selfPlain() >= PLAIN_LEAD || AudienceClauses.body(normalised) && votes.general() == 0)) {
            return new Reading(Optional.of(AudienceHint.SELF), false);
        }
        Optional<AudienceHint> heard = meaning.filter(m -> m != AudienceHint.UNKNOWN);
        if (heard.isEmpty() && !writerClaims && roleLeads) {
            // The role named and the bank preferring partner over self, though "either" may be nearer: a partner.
            heard = Optional.of(AudienceHint.PARTNER);
        }
        if (heard.isEmpty() && votes.selfStrong() == 0 && votes.partnerStrong() == 0 && votes.someoneElse() == 0
                && !aboutSomeoneElse) {
            // No strong cue, no clear lead, nothing clear in meaning: who usually writes of "my wife" or "her", "my
            // husband" or "him".
            heard = AudienceClauses.usualWriter(normalised)
                    .filter(p -> p == AudienceClauses.Person.FIRST || !ownFeeling)
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

    /** How far the nearest partner row leads the nearest self row; negative without a bank or vector. */
    double partnerLead(float[] vector) {
        if (bank == null || vector == null) {
            return -1;
        }
        NearestExamples.Scores scores = bank.score(vector);
        return scores.positive("partner") - scores.positive("self");
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
        return forTurn(normalised, vector, session, requested, AudienceHint.UNKNOWN);
    }

    /**
     * @param impliedWriter who writes what the message asks, when understanding knows: PARTNER for asking how to
     *                      pressure, persuade or hurry someone they name ("how do i get her to just try") or saying
     *                      they kept going; SELF for thinking of putting up with pain for a partner's sake. It decides
     *                      a first turn unless a decisive clause cue ("my dilator", "she has it") says the other
     *                      side: the clauses and the bank hear who is in pain or waiting, not who asks what of whom.
     */
    AudienceHint forTurn(String normalised, float[] vector, Session session, AudienceHint requested,
                         AudienceHint impliedWriter) {
        return forTurn(normalised, vector, session, requested, impliedWriter, false);
    }

    /** @param ownFeeling see {@link #read(String, float[], boolean, boolean, boolean)} */
    AudienceHint forTurn(String normalised, float[] vector, Session session, AudienceHint requested,
                         AudienceHint impliedWriter, boolean ownFeeling) {
        if (requested != AudienceHint.UNKNOWN) {
            session.audience(requested);
            return requested;
        }
        AudienceHint known = session.audience();
        Reading heard = known == AudienceHint.UNKNOWN
                ? read(normalised, vector, false, session.aboutSomeoneElse(), ownFeeling)
                : read(normalised, vector, true, false);
        if (heard.someoneElse()) {
            session.aboutSomeoneElse(true);
        }
        heard.asker().filter(h -> h != AudienceHint.UNKNOWN).ifPresent(session::audience);
        if (impliedWriter != AudienceHint.UNKNOWN && known == AudienceHint.UNKNOWN && !session.aboutSomeoneElse()
                && AudienceClauses.namesPartner(normalised) && !decisivelyOtherThan(impliedWriter, normalised)) {
            session.audience(impliedWriter);
        }
        return session.audience();
    }

    private boolean decisivelyOtherThan(AudienceHint writer, String normalised) {
        AudienceClauses.Votes votes = clauses.read(normalised, false);
        return (writer == AudienceHint.PARTNER ? votes.selfDecisive() : votes.partnerDecisive()) > 0;
    }
}
