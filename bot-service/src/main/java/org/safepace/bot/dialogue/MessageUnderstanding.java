package org.safepace.bot.dialogue;

import java.util.List;
import java.util.Optional;
import org.safepace.bot.text.TextNormaliser;
import org.safepace.knowledge.PreviousTopic;
import org.safepace.knowledge.PreviousTopic.Lean;

/**
 * Step 2 of a turn: what the message asks for, who is asking, how it feels, and what to search for. Meaning comes
 * from the example banks scored on the turn's query vector; the sharp patterns of {@link IntentClassifier} add what
 * they are surer of, and a boundary is raised when either says so.
 */
final class MessageUnderstanding {

    /** What meaning hears that a named feeling ("i'm scared") must not hide: the worry or pressure behind it. */
    private static final java.util.Set<Feeling> MORE_SPECIFIC_THAN_NAMED = java.util.EnumSet.of(
            Feeling.RELATIONSHIP_WORRY, Feeling.FAMILY_PRESSURE, Feeling.ENDURING_PAIN);

    /**
     * Feelings towards a partner that either of a couple may share (told, not asked: "how do i reassure her" is a
     * partner's question): no word for the partner says who writes.
     */
    private static final java.util.Set<Feeling> OWN_FEELINGS = java.util.EnumSet.of(
            Feeling.GUILT, Feeling.SHAME, Feeling.RELATIONSHIP_WORRY);

    /** Boundaries that say who is writing: the partner of the person with vaginismus. */
    private static final java.util.Set<Intent> BY_A_PARTNER = java.util.EnumSet.of(
            Intent.CONSENT_BOUNDARY, Intent.FORCE_ADMISSION);

    /** In the order that wins. */
    private static final List<Intent> BOUNDARIES = List.of(Intent.CONSENT_BOUNDARY, Intent.FORCE_ADMISSION,
            Intent.PROMPT_INJECTION, Intent.MEDICATION_OR_DIAGNOSIS);

    private static final java.util.regex.Pattern ADDRESSES_THE_BOT = java.util.regex.Pattern.compile(
            "\\b(?:you|u|ur|your|yours|bot|app|safepace|chat|help|menu|ask|topics)\\b");
    /** Words that name the bot or its menu: what "help" or "ask" said of someone else lacks. */
    private static final java.util.regex.Pattern NAMES_THE_BOT = java.util.regex.Pattern.compile(
            "\\b(?:you|u|ur|your|yours|bot|app|safepace|chat|menu|topics)\\b");
    /** Someone other than the writer and the bot. */
    private static final java.util.regex.Pattern SOMEONE_ELSE = java.util.regex.Pattern.compile(
            "\\b(?:he|she|they|them|him|her|his|hers|their)\\b");

    /** The writer speaking of themselves or of "we": a message about their own life. */
    private static final java.util.regex.Pattern WRITER = java.util.regex.Pattern.compile(
            "\\b(?:i|i'm|im|i've|ive|me|my|myself|we|we're|were|our|us)\\b");

    /** "They" and "them", which stand for a partner who uses them or for things and people in general. */
    private static final java.util.regex.Pattern NEUTRAL_PRONOUN = java.util.regex.Pattern.compile(
            "\\b(?:they|them|their|they're|theyre|they'd|they'll)\\b");

    /** A question that asks who, what, which or where. */
    private static final java.util.regex.Pattern WH_QUESTION = java.util.regex.Pattern.compile(
            "^(?:(?:and|so|ok|okay|but)\\s+)?(?:who|what|which|where)\\b");

    /** Compiled once: {@link #normalise} runs several times a turn. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final IntentClassifier intents = new IntentClassifier();
    private final StanceReader stances = new StanceReader();
    private final FollowUpReader followUps = new FollowUpReader();
    private final UnderstandingBank bank;
    private final AudienceReader audiences;
    private final Optional<PressureModel> pressureModel;

    MessageUnderstanding(UnderstandingBank bank) {
        this(bank, Optional.of(bank.pressureModel()));
    }

    /** With another pressure model, or none (the reading without it: what its trainer compares against). */
    MessageUnderstanding(UnderstandingBank bank, Optional<PressureModel> pressureModel) {
        this.bank = bank;
        this.audiences = bank.audience();
        this.pressureModel = pressureModel;
    }

    /**
     * @param vector the message's query vector, the one the turn computed for every step
     */
    Understanding understand(String text, float[] vector, Session session, AudienceHint requested) {
        return understand(text, normalise(text), vector, session, requested);
    }

    /** The same, with the message already {@link #normalise}d (the caller needs that form too). */
    Understanding understand(String text, String normalised, float[] vector, Session session, AudienceHint requested) {
        return understand(text, normalised, normalised, vector, session, requested);
    }

    /**
     * @param spelled the message as the intent and stance readers read it: {@link #normalise}d from {@link #readable}
     *                (long misspelt words as the search corrected them); who is asking and the rest read
     *                {@code normalised}, as typed
     */
    Understanding understand(String text, String normalised, String spelled, float[] vector, Session session,
                             AudienceHint requested) {
        boolean asks = intents.asksSomething(normalised);
        UnderstandingBank.Meaning meaning = bank.read(vector, words(normalised), asks);
        Intent intent = intent(intents.classify(spelled), meaning, spelled, vector,
                partnerMayBeMeant(spelled, session), continuesTheTopic(normalised, session));
        Feeling feeling = feeling(intents.namedFeeling(normalised).orElse(Feeling.NONE), meaning.feeling());
        // Putting up with pain for a partner's sake said in words no row or pattern has ("i just close my eyes and
        // bear it"): the direction hears it when the writer speaks of themselves and a partner, and is not the partner.
        if (feeling != Feeling.ENDURING_PAIN && meaning.leansEnduring() && stances.namesThePartner(normalised)
                && WRITER.matcher(normalised).find()
                && audiences.read(normalised, vector).filter(AudienceHint.PARTNER::equals).isEmpty()) {
            feeling = Feeling.ENDURING_PAIN;
        }
        if (intent == Intent.MEDICATION_OR_DIAGNOSIS && feeling != Feeling.NONE && intents.asksWhatIsWrongOnly(normalised)) {
            intent = Intent.QUESTION; // "what's wrong with my body, nothing ever works": despair, not a diagnosis asked
        }
        // Only a partner asks how to get round a partner's "no" or says they kept going; only the person herself
        // thinks of putting up with the pain for a partner's sake (the reader keeps it).
        AudienceHint writer = BY_A_PARTNER.contains(intent) ? AudienceHint.PARTNER
                : feeling == Feeling.ENDURING_PAIN ? AudienceHint.SELF : AudienceHint.UNKNOWN;
        boolean knownBefore = session.audience() != AudienceHint.UNKNOWN;
        AudienceHint audience = audiences.forTurn(normalised, vector, session, requested, writer,
                OWN_FEELINGS.contains(feeling) && !asks);
        // Meaning alone hears the topic of pressure ("he wants to try again this weekend, should we?"); from the person
        // herself that is a question about her own pace, not a partner asking how to get round a "no".
        if (intent == Intent.CONSENT_BOUNDARY && audience == AudienceHint.SELF && !pressureSaidPlainly(spelled)) {
            intent = Intent.QUESTION;
        }
        String query = text;
        // "does this ever go away" names no domain word, yet nothing about the writer's own situation is off-topic.
        boolean outside = intent == Intent.OFF_TOPIC && !stances.aboutTheirSituation(normalised);
        if (outside) {
            // Still searched: a message close to the guidance is in scope whatever the bank says.
            intent = Intent.QUESTION;
        }
        // Asking nothing and telling of their own life ("we sleep in separate rooms now, we both know why"): someone
        // saying how it is, met with the feeling nearest to it even on a lower bar, never with "not covered".
        if (feeling == Feeling.NONE && (intent == Intent.QUESTION || intent == Intent.OFF_TOPIC)
                && meaning.told() != Feeling.NONE && !asks
                && WRITER.matcher(normalised).find()) {
            feeling = meaning.told();
            intent = Intent.QUESTION;
        }
        Session.Turn previous = topicLeanedOn(text, session);
        // Inside a topic, "who would i even go to about it, my gp?" and "what should i ask her when i'm there" ask the
        // guidance whom to see or what to ask, not for the clinic's own people (the patterns hear that request).
        if (intent == Intent.ASK_FOR_PERSON && previous != null && WH_QUESTION.matcher(normalised).find()
                && intents.classify(normalised) != Intent.ASK_FOR_PERSON && !addressesTheBot(normalised)) {
            intent = Intent.QUESTION;
        }
        // A follow-up with nothing before it is read as a question on its own.
        boolean elliptical = intent == Intent.FOLLOW_UP && previous == null;
        if (elliptical) {
            intent = Intent.QUESTION;
        }
        // "i'm so done with all of this" sounds like leaving and is despair: a feeling heard is met, not waved off.
        if (intent == Intent.GOODBYE && feeling != Feeling.NONE) {
            intent = Intent.FEELINGS;
        }
        // A feeling is always in scope; with a question it stays a question (answered after a short acknowledgement).
        if (intent == Intent.QUESTION && feeling != Feeling.NONE) {
            outside = false;
            if (!asks) {
                intent = Intent.FEELINGS;
            }
        }
        // What leans on the previous topic is searched with it (FollowUpReader says when, and how).
        PreviousTopic topic = null;
        String topicQuery = text;
        String followUp = null;
        String resumed = FollowUpReader.withoutResumption(text);
        if (previous != null) {
            query = resumed;
            topicQuery = query;
        }
        // Read without the words that only resume or acknowledge ("ok back to it,", "ok i'll get it checked."),
        // which are not what the question is about.
        String asked = resumed.equals(text) ? normalised : normalise(resumed);
        // An aside the writer excuses ("lol sorry my cat just ..., how do i ...") neither resumes nor leans on the topic.
        boolean aside = previous != null && FollowUpReader.tellsAnAside(text);
        // "what should i ask her when i'm there" after "could he come to my physio appt": "her" is the physio, so the
        // message says what it asks ("ask the physio") and is searched with that person, as "partner" is searched
        // for a partner's pronoun.
        Optional<String> antecedent = previous == null || previous.retrievalQuery() == null ? Optional.empty()
                : AudienceClauses.antecedentBefore(asked, normalise(previous.retrievalQuery()));
        String read = antecedent.map(person -> asked + " " + person).orElse(asked);
        Optional<Lean> lean = previous == null || aside ? Optional.empty()
                : followUps.lean(read, intent, words(asked), outside, !asked.equals(normalised));
        if (previous != null && previous.redFlag()) {
            // After a safety reply, a question of its own is not pulled back to the symptom it was about.
            lean = lean.filter(l -> l != Lean.REFERS_BACK);
        }
        if (lean.isPresent()) {
            outside = false;
            // After a feeling told, not asked ("i feel so guilty, he never complains"), the section the reply drew on was
            // chosen for the feeling, and the question that follows often asks just what it answers ("do i owe him
            // sex?"): it is not a repeat to push last, as it is after a question already answered.
            // After another reply came between ("anyway. how much lube should i use" after an aside answered from
            // nothing), the topic's passages were not just given: none of them is a repeat to pass over.
            boolean notJustGiven = !session.isLatest(previous);
            topic = new PreviousTopic(previous.articleId(),
                    previous.intent() == Intent.FEELINGS || notJustGiven ? List.of() : previous.passageIds(),
                    previous.vector(), lean.get(), FollowUpReader.asksOnlyADetail(asked), FollowUpReader.namedParts(asked));
            if (lean.get() != Lean.REFERS_BACK) {
                // Means little alone: searched as the topic's question plus this one, and the topic stays the anchor.
                followUp = query;
                query = previous.retrievalQuery() + " " + query;
                topicQuery = previous.retrievalQuery();
            }
        }
        // Not on a first turn: there "he" may be someone new she has not told yet (tried on dev: it lost two).
        // Nor when the "her" stands for the physio the turn before named (above).
        boolean partnerUnnamed = knownBefore && audience == AudienceHint.SELF && antecedent.isEmpty()
                && AudienceClauses.partnerByPronounOnly(normalised, session.aboutSomeoneElse());
        if (antecedent.isPresent()) {
            // The pronoun itself goes: "her" would find what the guidance says of a partner ("her appointments").
            if (followUp != null) {
                followUp = THIRD_PERSON.matcher(followUp).replaceAll(antecedent.get());
                query = previous.retrievalQuery() + " " + followUp;
            } else {
                query = THIRD_PERSON.matcher(query).replaceAll(antecedent.get());
                topicQuery = query;
            }
        }
        // Not clearly outside, but nearer to it than to any other act: off-topic if the guidance is far off too.
        boolean leansOutside = !outside && topic == null && intent == Intent.QUESTION && feeling == Feeling.NONE
                && (aside || meaning.leansOutside() && !stances.aboutTheirSituation(normalised));
        return new Understanding(intent, audience, feeling, query, outside, topic, topicQuery, elliptical, followUp,
                leansOutside, partnerUnnamed, aside);
    }

    /** The guilt or shame named beside enduring pain (see {@link IntentClassifier#selfBlameBeside}), else NONE. */
    Feeling besideEnduringPain(String normalised, Feeling feeling) {
        return feeling == Feeling.ENDURING_PAIN ? intents.selfBlameBeside(normalised).orElse(Feeling.NONE) : Feeling.NONE;
    }

    /**
     * The turn a message may lean on: the latest topic, or, when it resumes ("anyway, ...", "ok back to it"), the one
     * before any aside the writer excused. The same for understanding and for remembering the turn.
     */
    static Session.Turn topicLeanedOn(String text, Session session) {
        return FollowUpReader.resumes(text) ? session.topicBeforeAsides() : session.lastTopic();
    }

    /**
     * A feeling the writer names wins, unless meaning heard something more specific than a named feeling; thinking of
     * enduring pain wins whichever heard it, because its reply must first say she never has to.
     */
    static Feeling feeling(Feeling named, Feeling heard) {
        if (named == Feeling.ENDURING_PAIN || heard == Feeling.ENDURING_PAIN) {
            return Feeling.ENDURING_PAIN;
        }
        if (MORE_SPECIFIC_THAN_NAMED.contains(heard) || named == Feeling.NONE) {
            return heard;
        }
        return named;
    }

    /**
     * Boundaries first (pressure wins even inside a jailbreak), then what the patterns are sure of, then meaning. The
     * stance decides what meaning cannot: who wants what of whom.
     */
    Intent intent(Intent sharp, UnderstandingBank.Meaning meaning, String normalised, float[] vector) {
        return intent(sharp, meaning, normalised, vector, stances.namesThePartner(normalised));
    }

    /**
     * @param partnerMayBeMeant the message's "she", "him" or "them" may stand for a partner (see
     *                          {@link #partnerMayBeMeant}): only then may meaning or the model hear a push unaided
     */
    Intent intent(Intent sharp, UnderstandingBank.Meaning meaning, String normalised, float[] vector,
                  boolean partnerMayBeMeant) {
        return intent(sharp, meaning, normalised, vector, partnerMayBeMeant, false);
    }

    /**
     * @param continuesTheTopic a short message that goes on from the topic before ({@link #continuesTheTopic}): its
     *                          meaning alone and the pressure model on the same vector (the weakest evidence of a
     *                          push) do not raise a boundary, because a few words' vector says little of what they
     *                          mean without the topic
     */
    Intent intent(Intent sharp, UnderstandingBank.Meaning meaning, String normalised, float[] vector,
                  boolean partnerMayBeMeant, boolean continuesTheTopic) {
        StanceReader.Stance stance = stances.stance(normalised);
        if (sharp == Intent.MEDICATION_OR_DIAGNOSIS && stances.asksAboutContraception(normalised)) {
            sharp = Intent.QUESTION; // "which pill ... when i can't put anything in": the guidance answers it
        }
        Optional<Intent> heard = meaning.boundary().filter(b -> believable(b, stance, meaning, normalised));
        boolean boundarySaid = heard.isPresent() || BOUNDARIES.contains(sharp);
        boolean undecided = !boundarySaid && sharp == Intent.QUESTION && stance == StanceReader.Stance.NEITHER
                && stances.namesThePartner(normalised) && partnerMayBeMeant && !continuesTheTopic;
        if (!boundarySaid && stances.admitsGoingOn(normalised)) {
            sharp = Intent.FORCE_ADMISSION; // what neither patterns nor meaning heard: she refused, the writer went on
        } else if (sharp != Intent.CONSENT_BOUNDARY && sharp != Intent.PROMPT_INJECTION
                && stance == StanceReader.Stance.PRESSING) {
            sharp = Intent.CONSENT_BOUNDARY;
        } else if (undecided && meaning.leansPressing()) {
            sharp = Intent.CONSENT_BOUNDARY; // no pattern names the move, but the message leans the way pressure does
        } else if (undecided && !meaning.leansSupportive() && modelPresses(normalised, vector)) {
            // Nor does the direction, but the pressure model, on the same vector and the structure cues, hears a push.
            sharp = Intent.CONSENT_BOUNDARY;
        }
        for (Intent boundary : BOUNDARIES) {
            if (sharp == boundary || heard.filter(boundary::equals).isPresent()) {
                return boundary;
            }
        }
        if (sharp != Intent.QUESTION) {
            return sharp;
        }
        // Only a message that addresses the bot asks what it can do ("whats the 2/10 thing" asks about guidance).
        return meaning.act() == Intent.CAPABILITIES && !addressesTheBot(normalised) ? Intent.QUESTION : meaning.act();
    }

    /** A continuation this short says little of its own without the topic before it. */
    static final int CONTINUATION_WORDS = 10;
    /** "And ...", "what if ...", "so ...": a message that opens as going on from what was said before. */
    private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile(
            "^(?:and|but|so|also|then|what if|and if|what about|how about)\\b");

    /**
     * Whether a short message goes on from the conversation's topic ("and if she wants me to put it in?", "and when
     * she will be ready for try again?" after a partner's question about dilators): it opens as a continuation, has
     * at most {@value #CONTINUATION_WORDS} words, and there is a topic before it.
     */
    static boolean continuesTheTopic(String normalised, Session session) {
        return session != null && session.lastTopic() != null && words(normalised) <= CONTINUATION_WORDS
                && CONTINUATION.matcher(normalised).find();
    }

    /**
     * Whether a pronoun of the message may stand for the writer's partner, the only person a push can be against.
     * Not "her" for the sister named before it ("my sister is texting me about her wedding"), and not "them" in a
     * conversation where no partner has been heard: there it stands for the things just talked about ("how often
     * should i be doing them" after reverse Kegels). Without a conversation "they" may still be a partner.
     */
    static boolean partnerMayBeMeant(String normalised, Session session) {
        if (AudienceClauses.namesPartner(normalised, session.aboutSomeoneElse())) {
            return true;
        }
        boolean topicBefore = session.lastTopic() != null;
        return NEUTRAL_PRONOUN.matcher(normalised).find()
                && (!topicBefore || session.audience() == AudienceHint.PARTNER);
    }

    private boolean modelPresses(String normalised, float[] vector) {
        return pressureModel.isPresent() && vector != null
                && pressureModel.get().presses(vector, stances.cues(normalised));
    }

    /**
     * Where the pressure model is consulted (for its trainer): nothing else raised a boundary or an admission, the
     * partner is named, the stance reader leans neither way and meaning does not lean clearly away from pressure.
     */
    boolean pressureModelConsulted(String normalised, float[] vector) {
        Intent sharp = intents.classify(normalised);
        UnderstandingBank.Meaning meaning = bank.read(vector, words(normalised), intents.asksSomething(normalised));
        StanceReader.Stance stance = stances.stance(normalised);
        if (sharp == Intent.MEDICATION_OR_DIAGNOSIS && stances.asksAboutContraception(normalised)) {
            sharp = Intent.QUESTION;
        }
        Optional<Intent> heard = meaning.boundary().filter(b -> believable(b, stance, meaning, normalised));
        boolean boundarySaid = heard.isPresent() || BOUNDARIES.contains(sharp);
        return !boundarySaid && sharp == Intent.QUESTION && stance == StanceReader.Stance.NEITHER
                && stances.namesThePartner(normalised) && !stances.admitsGoingOn(normalised)
                && !meaning.leansPressing() && !meaning.leansSupportive();
    }

    /**
     * Whether a message speaks to the bot. "Help" and "ask" said of someone else do not ("he asked if he could help
     * with it. should he?", "what i can ask them for"): that is a question about the topic.
     */
    static boolean addressesTheBot(String normalised) {
        return NAMES_THE_BOT.matcher(normalised).find()
                || ADDRESSES_THE_BOT.matcher(normalised).find() && !SOMEONE_ELSE.matcher(normalised).find();
    }

    /** Pressure the patterns or the stance say, not meaning alone: who wants what of whom is in the words. */
    private boolean pressureSaidPlainly(String normalised) {
        return intents.classify(normalised) == Intent.CONSENT_BOUNDARY
                || stances.stance(normalised) == StanceReader.Stance.PRESSING || stances.admitsGoingOn(normalised);
    }

    /**
     * Whether a boundary meaning heard fits the structure: never pressure from a writer on the partner's side (unless
     * they say they went on after a refusal) or from one leaning clearly away from pressure as a direction, never an admission without something the writer did, never a prescription asked as a contraception question.
     */
    private boolean believable(Intent boundary, StanceReader.Stance stance, UnderstandingBank.Meaning meaning,
                               String normalised) {
        return switch (boundary) {
            // Making amends ("how do i help her feel safe again") does not undo an admission that comes with it.
            case CONSENT_BOUNDARY -> (stance != StanceReader.Stance.SUPPORTIVE && !meaning.leansSupportive())
                    || stances.admitsGoingOn(normalised);
            case FORCE_ADMISSION -> stances.reportsOwnAct(normalised);
            case MEDICATION_OR_DIAGNOSIS -> !stances.asksAboutContraception(normalised);
            default -> true;
        };
    }

    /**
     * Who is asking, for a turn answered before understanding (a safety reply): the same reader, kept for the
     * session. {@code vector} may be {@code null} and {@code session} too (no state): then clauses only.
     */
    AudienceHint audience(String text, float[] vector, Session session, AudienceHint requested) {
        String normalised = normalise(text);
        if (session != null) {
            return audiences.forTurn(normalised, vector, session, requested);
        }
        return requested != AudienceHint.UNKNOWN ? requested
                : audiences.read(normalised, vector).orElse(AudienceHint.UNKNOWN);
    }

    private static int words(String normalised) {
        return normalised.isEmpty() ? 0 : normalised.split(" ").length;
    }

    /** "She", "him", "her": replaced by the person they stand for when the turn before named someone else. */
    private static final java.util.regex.Pattern THIRD_PERSON = java.util.regex.Pattern.compile(
            "\\b(?:she|he|her|him|herself|himself|she's|he's)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A typed word shorter than this keeps its spelling when the search corrects it (see {@link #readable}). */
    static final int CORRECTED_FROM_LETTERS = 6;

    /**
     * What the readers read: the message as typed, with the search's spelling corrections ({@code corrected}, the text
     * the query vector is made from) taken for long words only ("exlpain" - "explain", "gilrfriend" - "girlfriend",
     * "elswehere" - "elsewhere"). Short words are texting more often than slips ("hes", "im", "redy", "ur"), and the
     * corrector turns them into other words ("hes" is not "his"), so they stay as typed; so does a long word the
     * corrector changes by more than one slip or at its first letter (a real word it does not know); where the two
     * texts do not split into the same number of words the typed one is read whole.
     */
    static String readable(String typed, String corrected) {
        if (corrected == null || corrected.equals(typed)) {
            return typed;
        }
        String[] a = typed.strip().split("\\s+");
        String[] b = corrected.strip().split("\\s+");
        if (a.length != b.length) {
            return typed;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            String word = a[i];
            if (!word.equalsIgnoreCase(b[i]) && letters(word) >= CORRECTED_FROM_LETTERS
                    && word.chars().noneMatch(c -> c == '\'' || c == '\u2019') && slip(word, b[i])) {
                word = b[i];
            }
            out.append(i == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    /**
     * One slip of the keyboard (two letters swapped, one wrong, missing or extra), never the first letter: "dreading"
     * is no slip for "reading", though the corrector, not knowing the word, offers it.
     */
    private static boolean slip(String typed, String corrected) {
        String a = typed.toLowerCase(java.util.Locale.ROOT);
        String b = corrected.toLowerCase(java.util.Locale.ROOT);
        return !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0) && org.safepace.bot.text.Edits.withinOneEdit(a, b);
    }

    private static int letters(String word) {
        return (int) word.chars().filter(Character::isLetter).count();
    }

    static String normalise(String text) {
        return WHITESPACE.matcher(TextNormaliser.forMatching(text)).replaceAll(" ").strip();
    }
}
