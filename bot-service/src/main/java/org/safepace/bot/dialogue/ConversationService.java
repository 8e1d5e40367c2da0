package org.safepace.bot.dialogue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safepace.bot.answer.AnswerComposer;
import org.safepace.bot.answer.AnswerRequest;
import org.safepace.bot.answer.ComposedAnswer;
import org.safepace.bot.answer.PartnerPronouns;
import org.safepace.bot.answer.PracticeGuidance;
import org.safepace.bot.retrieval.GuidanceRetriever;
import org.safepace.bot.safety.OutboundCheck;
import org.safepace.bot.safety.SafetyContacts;
import org.safepace.bot.safety.SafetyDecision;
import org.safepace.bot.safety.SafetyScreen;
import org.safepace.bot.safety.SeekCareMessages;
import org.safepace.bot.safety.SemanticBackstop;
import org.safepace.bot.safety.TriageLevel;
import org.safepace.bot.state.StateUnavailableException;
import org.safepace.bot.system.SafePaceMetrics;
import org.safepace.bot.text.Language;
import org.safepace.bot.text.TextNormaliser;
import org.safepace.bot.wording.Reply;
import org.safepace.bot.wording.ReplyWording;
import org.safepace.bot.wording.ToneCheck;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.PassageHit;
import org.safepace.knowledge.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one message of a conversation, whatever channel it came from, in six steps:
 * read (the message's one query vector), safety screen, understand, retrieve, compose, check the outgoing text.
 * Logs hold intents, levels and rule ids only, never what anyone wrote.
 */
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);
    static final int PASSAGES = 4;
    static final int MAX_SUGGESTIONS = 4;
    /** Turns answered from the guidance: where a pause still holding is the reply when practice comes up. */
    private static final Set<Intent> ANSWERED = Set.of(Intent.QUESTION, Intent.FOLLOW_UP, Intent.FEELINGS);

    private final SessionStore sessions;
    private final ConversationLock locks;
    private final SafetyScreen safetyScreen;
    private final SeekCareMessages seekCare;
    private final OutboundCheck outboundCheck;
    private final ToneCheck toneCheck;
    private final MessageUnderstanding understanding;
    private final FeelingOpener openers;
    private final UnderstandingBank bank;
    private final GuidanceRetriever retriever;
    private final AnswerComposer composer;
    private final ReplyWording wording;
    private final ClinicContactReply clinicContact;
    private final SafetyContacts contacts;
    private final CallbackOffer callbackOffer;
    private final SafePaceMetrics metrics;

    ConversationService(SessionStore sessions, ConversationLock locks, SafetyScreen safetyScreen,
                        SeekCareMessages seekCare,
                        OutboundCheck outboundCheck, ToneCheck toneCheck, GuidanceRetriever retriever,
                        AnswerComposer composer, ReplyWording wording, ClinicContactReply clinicContact,
                        SafetyContacts contacts, CallbackOffer callbackOffer, SafePaceMetrics metrics,
                        UnderstandingBank bank) {
        this.understanding = new MessageUnderstanding(bank);
        this.openers = new FeelingOpener(wording);
        this.bank = bank;
        this.sessions = sessions;
        this.locks = locks;
        this.safetyScreen = safetyScreen;
        this.seekCare = seekCare;
        this.outboundCheck = outboundCheck;
        this.toneCheck = toneCheck;
        this.retriever = retriever;
        this.composer = composer;
        this.wording = wording;
        this.clinicContact = clinicContact;
        this.contacts = contacts;
        this.callbackOffer = callbackOffer;
        this.metrics = metrics;
    }

    public BotReply reply(IncomingMessage message) {
        long started = System.nanoTime();
        // 0. Read: the message's one query vector, shared by every step below (never embedded twice in a turn).
        float[] vector;
        try {
            vector = retriever.queryVector(TextNormaliser.forEmbedding(message.text()));
        } catch (RuntimeException e) {
            // Without a vector the deterministic screen still answers a red flag; anything else fails loudly.
            SafetyDecision rulesOnly = safetyScreen.screen(message.text());
            if (rulesOnly.level().compareTo(TriageLevel.SEEK_CARE) >= 0) {
                log.atWarn().setMessage("turn answered by the rules alone: the query embedding failed")
                        .addKeyValue("channel", message.channel()).addKeyValue("error", e.getClass().getSimpleName())
                        .addKeyValue("triage", rulesOnly.level()).addKeyValue("rules", rulesOnly.ruleIds()).log();
                return measured(message, started, new BotReply(message.sessionId(), seekCare.messageFor(rulesOnly),
                        rulesOnly, understanding.audience(message.text(), null, null, message.audience()), List.of(),
                        List.of(), Intent.SAFETY));
            }
            throw e;
        }

        // 1. Safety screen: always first, and it needs no state, so a red flag is answered even with the store down;
        //    the semantic backstop on the vector can only raise the rules' level.
        SafetyDecision safety = safetyScreen.screen(message.text(), vector);
        // One turn at a time per conversation; the session is saved whole at the end, or not at all.
        try (ConversationLock.Held turn = locks.hold(message.sessionId())) {
            Session session = sessions.open(message.sessionId(), message.channel());
            BotReply reply = reply(message, session, safety, vector);
            sessions.save(session);
            return measured(message, started, reply);
        } catch (StateUnavailableException e) {
            return measured(message, started, replyWithoutState(message, safety).orElseThrow(() -> e));
        }
    }

    /**
     * While the state store is unreachable: the safety reply for a message the screen flags (SEEK_CARE or
     * EMERGENCY), which needs no state; empty for any other message, which the channel then refuses (503).
     */
    public Optional<BotReply> replyWithoutState(IncomingMessage message) {
        return replyWithoutState(message, safetyScreen.screen(message.text()));
    }

    private Optional<BotReply> replyWithoutState(IncomingMessage message, SafetyDecision safety) {
        if (safety.level().compareTo(TriageLevel.SEEK_CARE) < 0) {
            return Optional.empty();
        }
        log.atInfo().setMessage("turn without state").addKeyValue("channel", message.channel())
                .addKeyValue("triage", safety.level()).addKeyValue("rules", safety.ruleIds()).log();
        return Optional.of(new BotReply(message.sessionId(), seekCare.messageFor(safety), safety,
                understanding.audience(message.text(), null, null, message.audience()), List.of(), List.of(),
                Intent.SAFETY));
    }

    private BotReply reply(IncomingMessage message, Session session, SafetyDecision safety, float[] vector) {
        // A red flag may go on in this message without naming its symptom ("it's a lot and still going"): read with
        // the conversation's latest SEEK_CARE message, it may only raise this turn to an emergency.
        safety = RedFlagThread.carry(safetyScreen, session, message.text(), safety);
        if (Language.notEnglish(message.text())) {
            // Said honestly, in English: we answer in English only; the emergency number and a crisis line anyway.
            log.atInfo().setMessage("turn").addKeyValue("channel", message.channel())
                    .addKeyValue("triage", safety.level()).addKeyValue("rules", safety.ruleIds())
                    .addKeyValue("language", "other").log();
            return new BotReply(session.id(), seekCare.otherLanguage(safety), safety, session.audience(),
                    List.of(), List.of(), Intent.SAFETY);
        }
        // An emergency reply holds only what to do now.
        if (safety.level() == TriageLevel.EMERGENCY) {
            log.atInfo().setMessage("turn").addKeyValue("channel", message.channel())
                    .addKeyValue("triage", safety.level()).addKeyValue("rules", safety.ruleIds()).log();
            // Who is asking is still heard (cheap, on the same vector) and kept for the turns after, and so is the pause.
            session.practicePaused(true);
            return new BotReply(session.id(), seekCare.messageFor(safety), safety,
                    understanding.audience(message.text(), vector, session, message.audience()), List.of(), List.of(),
                    Intent.SAFETY);
        }

        // 2. Understand: intent, boundary, who is asking, feelings, and a follow-up's earlier topic, from the vector.
        //    The intent and stance readers read the words the vector was made from: a long misspelt word the search
        //    corrects ("how i exlpain to her that this is her duty", "my gilrfriend") is read as the word it is, not
        //    missed by every pattern; who is asking is read as typed.
        String normalised = MessageUnderstanding.normalise(message.text());
        String typed = TextNormaliser.forEmbedding(message.text());
        String spelled = MessageUnderstanding.normalise(
                MessageUnderstanding.readable(typed, retriever.spellingCorrected(typed)));
        Understanding understood = understanding.understand(message.text(), normalised, spelled, vector, session,
                message.audience());
        // A learned reading may only raise the screen: the writer admitting force gets the safety reply meant for
        // them (SEEK_CARE at least) even in words no rule knows.
        if (understood.intent() == Intent.FORCE_ADMISSION) {
            safety = SemanticBackstop.raisedByForceAdmission(safety);
        }
        // An earlier red flag's "pause your practice until you've been checked" still holds (CarePause): a question
        // about practice gets that again, whatever the guidance says about practising.
        boolean pauseIsTheAnswer = CarePause.holds(session, pausesPractice(safety), normalised)
                && ANSWERED.contains(understood.intent()) && CarePause.isTheAnswer(normalised);
        boolean pausePractice = pausesPractice(safety) || pauseIsTheAnswer;
        CarePause.remember(session, pausesPractice(safety), normalised);

        // 3. Retrieve, only for messages the guidance answers, with the same vector (a follow-up's topic steers it).
        SearchResult retrieved = understood.needsRetrieval()
                ? retriever.search(understood.searchQuery(), vector, searchAudience(understood),
                        PASSAGES, understood.previous(), session.saidBefore())
                : SearchResult.empty();
        if (understood.needsRetrieval() && !retrieved.confident()) {
            metrics.notConfidentRetrieval();
        }
        // A feeling with no topic the search is sure of is met where the guidance speaks to that feeling; so is a
        // feeling told, not asked, whose nearest passage is practice steps ("i stopped doing the dilators a month ago.
        // no point, it never changes" needs hope, not how to insert one). Not a partner's: the feelings' places are
        // written to the person herself. (Tried on dev: every feeling told sent to its place lost what the message
        // named, a smear test, an appointment, and sent a partner's sadness to a passage about laughter.)
        if (understood.needsRetrieval() && (!retrieved.confident() || understood.intent() == Intent.FEELINGS
                && understood.audience() != AudienceHint.PARTNER && practiceSteps(retrieved))) {
            SearchResult forFeeling = bank.topicFor(understood.feeling())
                    .map(topic -> retriever.search(topic.query(), topic.vector(), searchAudience(understood),
                            PASSAGES, null, understood.retrievalQuery() + "\n" + session.saidBefore()))
                    .orElse(retrieved);
            // Its sentences are chosen for what the person said, and no "Yes." or "No." answers the topic's own
            // question ("will my partner leave me over this?"), which they never asked.
            retrieved = forFeeling.confident() ? new SearchResult(forFeeling.hits(), true, forFeeling.plausible(),
                    understood.retrievalQuery()) : retrieved;
        }

        // 4. Compose the helpful part (with SEEK_CARE, nothing that encourages practice). When this turn's red flag
        // pauses practice and the question is about practising, the safety message's "pause" is the whole answer.
        boolean pauseAnswersThisTurn = pausesPractice(safety) && ANSWERED.contains(understood.intent())
                && CarePause.asksAboutPractice(normalised);
        Draft draft = pauseIsTheAnswer ? Draft.fixed(wording.text(Reply.PAUSE_STILL_HOLDS), understood.intent())
                : pauseAnswersThisTurn ? Draft.fixed("", understood.intent())
                : compose(understood, retrieved, safety,
                        understanding.besideEnduringPain(normalised, understood.feeling()));
        // A partner who calls the one with vaginismus "he" or "they" reads the partner guidance with those words.
        PartnerPronouns pronouns = partnerPronouns(understood, normalised, session);
        if ("extractive".equals(draft.composer())) {
            draft = draft.withText(pronouns.rewrite(draft.text()));
        }

        // 5. Check the outgoing text, then put the safety message first and attach sources and suggestions.
        draft = checked(draft);
        String text = withSafetyMessage(safety, draft.text());
        boolean offerCallback = callbackOffer.applies(draft.intent(), safety.level(), message.channel());
        if (offerCallback) {
            text = join(text, callbackOffer.text(message.channel()));
        }
        // A chain of follow-ups stays anchored to the question that started it, and so does a question that points
        // back and was answered from the same article ("can i boil them?").
        String answered = draft.used().isEmpty() ? null : draft.used().get(0).articleId();
        Session.Turn topic = MessageUnderstanding.topicLeanedOn(message.text(), session);
        boolean carriesOn = topic != null && understood.carriesTheTopicOn(answered);
        session.remember(new Session.Turn(draft.intent(), carriesOn ? topic.retrievalQuery() : understood.topicQuery(),
                draft.used().stream().map(PassageHit::passageId).toList(), answered,
                carriesOn ? understood.previous().vector() : understood.topicVector(vector), pausesPractice(safety),
                understood.aside()));
        log.atInfo().setMessage("turn").addKeyValue("channel", message.channel())
                .addKeyValue("intent", draft.intent()).addKeyValue("audience", understood.audience())
                .addKeyValue("triage", safety.level()).addKeyValue("rules", safety.ruleIds())
                .addKeyValue("composer", draft.composer())
                .addKeyValue("passages", draft.used().stream().map(PassageHit::passageId).toList()).log();
        return new BotReply(session.id(), text, safety, understood.audience(),
                sources(safetySources(safety, draft.used())),
                suggestions(understood, retrieved, draft, pausePractice).stream().map(pronouns::rewrite).toList(),
                draft.intent(),
                offerCallback ? List.of(BotReply.CALLBACK) : List.of());
    }

    /** Counts the finished turn (channel, intent, level, rules fired; never text or ids) and times it. */
    private BotReply measured(IncomingMessage message, long started, BotReply reply) {
        reply.triage().ruleIds().forEach(metrics::safetyRuleFired);
        metrics.turn(message.channel(), reply.intent(), reply.triage().level(),
                Duration.ofNanos(System.nanoTime() - started));
        return reply;
    }

    /**
     * The reply to a message that came faster than its channel's pace allows: still screened first, so a SEEK_CARE
     * or EMERGENCY message gets its safety message; anything else gets a short note to slow down. Nothing is
     * retrieved; only a red flag's "pause your practice" (or the writer saying it was seen to) is remembered, so a
     * later turn is not told to practise after a red flag that came too fast.
     */
    public BotReply pacedReply(IncomingMessage message) {
        long started = System.nanoTime();
        SafetyDecision own = safetyScreen.screen(message.text(), pacedVector(message.text()));
        SafetyDecision safety;
        Session session;
        try (ConversationLock.Held turn = locks.hold(message.sessionId())) {
            session = sessions.open(message.sessionId(), message.channel());
            safety = RedFlagThread.carry(safetyScreen, session, message.text(), own);
            CarePause.remember(session, pausesPractice(safety), MessageUnderstanding.normalise(message.text()));
            sessions.save(session);
        } catch (StateUnavailableException e) {
            return measured(message, started, replyWithoutState(message, own).orElseThrow(() -> e));
        }
        log.atInfo().setMessage("paced turn").addKeyValue("channel", message.channel())
                .addKeyValue("triage", safety.level()).addKeyValue("rules", safety.ruleIds()).log();
        if (safety.level().compareTo(TriageLevel.SEEK_CARE) >= 0) {
            return measured(message, started, new BotReply(session.id(), seekCare.messageFor(safety), safety,
                    session.audience(), List.of(), List.of(), Intent.SAFETY));
        }
        return measured(message, started, new BotReply(session.id(), wording.text(Reply.SLOW_DOWN), safety,
                session.audience(), List.of(), List.of(), Intent.SLOW_DOWN));
    }

    /** The greeting and first-use notice a new conversation opens with (e.g. Telegram's /start). */
    public BotReply welcome(String sessionId, Channel channel) {
        Session session;
        try (ConversationLock.Held turn = locks.hold(sessionId)) {
            session = sessions.open(sessionId, channel);
            session.markWelcomed();
            sessions.save(session);
        }
        String text = wording.text(Reply.GREETING) + "\n\n"
                + wording.render(Reply.FIRST_USE_NOTICE, Map.of("emergencyNumber", contacts.emergencyNumber()));
        return new BotReply(session.id(), text, SafetyDecision.NONE, session.audience(), List.of(),
                starterSuggestions(session.audience()), Intent.GREETING);
    }

    /** Forgets a session and everything said in it; unknown ids are ignored. */
    public void forget(String sessionId) {
        sessions.forget(sessionId);
    }

    /** Whether a session is currently remembered (for the API's tests and the channels' /forget). */
    public boolean remembers(String sessionId) {
        return sessions.exists(sessionId);
    }

    /** A reply under construction: its text, the passages it draws on, and which composer wrote it. */
    private record Draft(String text, List<PassageHit> used, String composer, Intent intent) {
        static Draft fixed(String text, Intent intent) {
            return new Draft(text, List.of(), "fixed", intent);
        }

        Draft withText(String changed) {
            return new Draft(changed, used, composer, intent);
        }
    }

    private Draft compose(Understanding understood, SearchResult retrieved, SafetyDecision safety, Feeling beside) {
        // The writer used force: their safety message (stop now, her safety and consent first, where to get help) is
        // the whole reply, whatever else the message asked; guidance on practice or positions would read as going on.
        if (safety.categories().contains("partner_used_force")) {
            return Draft.fixed("", Intent.SAFETY);
        }
        return switch (understood.intent()) {
            case GREETING -> fixed(Reply.GREETING, understood);
            case THANKS -> fixed(Reply.THANKS, understood);
            case GOODBYE -> fixed(Reply.GOODBYE, understood);
            case CAPABILITIES -> fixed(Reply.CAPABILITIES, understood);
            case PROMPT_INJECTION -> fixed(Reply.PROMPT_INJECTION, understood);
            case CONSENT_BOUNDARY -> fixed(Reply.CONSENT_BOUNDARY, understood);
            // Said once: the turn was raised to SEEK_CARE above, and its safety message says what to do (to the one
            // who used force; to the one harmed when the rules read the writer so, never both).
            case FORCE_ADMISSION -> Draft.fixed("", Intent.SAFETY);
            case SLOW_DOWN -> fixed(Reply.SLOW_DOWN, understood); // only from pacedReply; never understood
            case ASK_FOR_PERSON -> Draft.fixed(clinicContact.text(), understood.intent());
            // The safety message already says who can help with medicines and diagnoses; don't say it twice.
            case MEDICATION_OR_DIAGNOSIS -> safety.categories().contains("medication_or_diagnosis")
                    ? Draft.fixed("", understood.intent()) : fixed(Reply.MEDICATION, understood);
            case QUESTION, FOLLOW_UP, FEELINGS, OFF_TOPIC, SAFETY -> answer(understood, retrieved, safety, beside);
        };
    }

    private Draft fixed(Reply reply, Understanding understood) {
        return Draft.fixed(wording.text(reply), understood.intent());
    }

    /** @param beside guilt or shame named beside enduring pain, met first (see {@link FeelingOpener}) */
    private Draft answer(Understanding understood, SearchResult found, SafetyDecision safety, Feeling beside) {
        // The rules read someone forcing, threatening or coercing the writer: their safety message (safe, not their
        // fault, who to talk to in confidence) is the whole reply. Guidance after it would answer the pressure ("what
        // exercises can speed this up?") or, for a feeling, say that talking openly brings couples closer. Not when a
        // partner asks how to support her, and not on the backstop's reading alone (its false alarms would lose the
        // answer: tried on dev).
        if (understood.audience() != AudienceHint.PARTNER && harmedWriterByRules(safety)) {
            return Draft.fixed("", understood.intent());
        }
        String opener = openers.text(understood.feeling(), beside, understood.intent());
        boolean pausePractice = pausesPractice(safety);
        // After a red flag, practice guidance would contradict "pause your practice": those passages are left out.
        SearchResult retrieved = pausePractice ? withoutPractice(found) : found;
        if (pausePractice && found.confident() && retrieved.hits().isEmpty()) {
            return Draft.fixed("", understood.intent()); // every passage found was practice: the safety message stands alone
        }
        if (!answerable(understood, retrieved) || retrieved.hits().isEmpty()) {
            if (understood.feeling() != Feeling.NONE) {
                return Draft.fixed(join(opener, wording.text(Reply.FEELINGS_ONLY)), Intent.FEELINGS);
            }
            if (understood.intent() == Intent.FOLLOW_UP) {
                return fixed(Reply.FOLLOW_UP_UNCLEAR, understood);
            }
            // Far from every passage and nearest to what is outside the service: off-topic, not a gap in the guidance.
            if (understood.outside() || understood.leansOutside() && !found.plausible()) {
                return Draft.fixed(wording.text(Reply.OFF_TOPIC), Intent.OFF_TOPIC);
            }
            return Draft.fixed(wording.render(Reply.NO_ANSWER, Map.of("coveredTopics", coveredTopics())),
                    understood.intent());
        }
        // The composer matches sentences to the question as it was searched (misspellings corrected).
        String question = understood.composedQuestion(retrieved.searchedText());
        ComposedAnswer answer = composer.compose(new AnswerRequest(
                question, audienceOf(understood.audience()), retrieved.hits(), pausePractice, understood.followUp()));
        String nextStep = nextStep(retrieved.hits(), answer.used())
                .map(section -> wording.render(Reply.NEXT_STEP, Map.of("section", section)))
                .orElse("");
        return new Draft(join(opener, answer.text(), nextStep), answer.used(), answer.composer(), understood.intent());
    }

    /** The partner's pronouns for the one with vaginismus: this message's, else the conversation's; SHE for others. */
    private static PartnerPronouns partnerPronouns(Understanding understood, String normalised, Session session) {
        if (understood.audience() != AudienceHint.PARTNER) {
            return PartnerPronouns.SHE;
        }
        PartnerPronounReader.heard(normalised).ifPresent(session::partnerPronouns);
        return session.partnerPronouns();
    }

    private static boolean harmedWriterByRules(SafetyDecision safety) {
        return safety.categories().stream().anyMatch(category -> SemanticBackstop.HARMED_WRITER.contains(category)
                && !safety.ruleIds().contains(SemanticBackstop.RULE_PREFIX + category));
    }

    /**
     * The best passage is practice steps: most of its sentences invite practice. (Its first sentence alone was tried
     * on dev: it also sent a coerced wife's fear to the passage on guilt towards a partner.)
     */
    private static boolean practiceSteps(SearchResult retrieved) {
        return !retrieved.hits().isEmpty() && PracticeGuidance.isMostlyPractice(retrieved.hits().get(0).units());
    }

    /**
     * Retrieval's own confidence, or a passage close in meaning (its grey zone) for a question the understanding
     * layer reads as inside the service: "does it ever fully go away" has no domain word to vouch for it, but
     * nothing in a vaginismus conversation makes it off-topic.
     */
    private static boolean answerable(Understanding understood, SearchResult retrieved) {
        return retrieved.confident()
                || (retrieved.plausible() && understood.intent() == Intent.QUESTION && !understood.outside()
                        && !understood.elliptical());
    }

    /** The text the vector is computed from: the message as retrieval will search it, so the cache serves both. */
    /** A paced message is not answered from the guidance, but a crisis in it must still be heard. */
    private float[] pacedVector(String text) {
        try {
            return retriever.queryVector(TextNormaliser.forEmbedding(text));
        } catch (RuntimeException e) {
            log.atWarn().setMessage("paced turn screened by the rules alone: the query embedding failed")
                    .addKeyValue("error", e.getClass().getSimpleName()).log();
            return null;
        }
    }

    /** A second passage from a different section, offered as something to read next. */
    private static Optional<String> nextStep(List<PassageHit> hits, List<PassageHit> used) {
        Set<String> usedIds = new LinkedHashSet<>(used.stream().map(PassageHit::passageId).toList());
        return hits.stream()
                .filter(hit -> !usedIds.contains(hit.passageId()))
                .findFirst()
                .map(PassageHit::section);
    }

    /** Every outgoing text passes the safety check and the tone check, or is replaced by a safe reply. */
    private Draft checked(Draft draft) {
        if (draft.text().isEmpty()) {
            return draft;
        }
        var verdict = outboundCheck.check(draft.text());
        var tone = toneCheck.firstViolation(draft.text());
        if (verdict.allowed() && tone.isEmpty()) {
            return draft;
        }
        log.atWarn().setMessage("outbound reply replaced").addKeyValue("composer", draft.composer())
                .addKeyValue("safetyReasons", verdict.reasons()).addKeyValue("toneViolation", tone.isPresent()).log();
        metrics.outboundReplaced(verdict.allowed() ? "tone" : tone.isPresent() ? "both" : "safety");
        return Draft.fixed(wording.text(Reply.REPLY_REPLACED), draft.intent());
    }

    private String withSafetyMessage(SafetyDecision safety, String answer) {
        if (safety.level() == TriageLevel.NONE) {
            return answer;
        }
        String message = seekCare.messageFor(safety);
        if (answer.isEmpty()) {
            return message;
        }
        // ROUTINE is no red flag ("worth raising with a professional when it suits you"): what was asked, and any
        // feeling it carries, come first ("whats wrong with me?? i can't even get a tampon in" is met before referred).
        // A past assault's gentle words stay first: they are what the message most needs to hear.
        if (safety.level() == TriageLevel.ROUTINE && !safety.categories().contains("past_sexual_assault")) {
            return answer + "\n\n" + message;
        }
        return message + "\n\n" + wording.text(Reply.SAFETY_THEN_GUIDANCE) + "\n\n" + answer;
    }

    /**
     * The passages a reply rests on: with SEEK_CARE, first the guidance behind its safety advice (the red-flags
     * passage for bleeding, pain, a bulge), then those the helpful part used. Every reply names where it came from.
     */
    private List<PassageHit> safetySources(SafetyDecision safety, List<PassageHit> used) {
        List<PassageHit> out = new ArrayList<>();
        for (String id : seekCare.guidancePassages(safety)) {
            retriever.passage(id).ifPresent(out::add);
        }
        for (PassageHit hit : used) {
            if (out.stream().noneMatch(seen -> seen.passageId().equals(hit.passageId()))) {
                out.add(hit);
            }
        }
        return out;
    }

    private static List<BotReply.SourceRef> sources(List<PassageHit> used) {
        return used.stream().map(hit -> new BotReply.SourceRef(hit.articleId(), hit.title(), hit.section())).toList();
    }

    /**
     * Related sections not used in the answer, then the starter questions, at most four, no repeats. The section the
     * reply already names as the next step is not offered again, and after a red flag no chip invites practice.
     */
    private List<String> suggestions(Understanding understood, SearchResult retrieved, Draft draft,
                                     boolean pausePractice) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>(draft.used().stream().map(PassageHit::section).toList());
        List<PassageHit> offered = pausePractice ? withoutPractice(retrieved).hits() : retrieved.hits();
        nextStep(offered, draft.used()).filter(section -> !draft.used().isEmpty()).ifPresent(used::add);
        for (PassageHit hit : offered) {
            if (!used.contains(hit.section()) && hit.section().length() <= 80
                    && suitsAsker(hit.audience(), understood.audience())) {
                out.add(hit.section());
            }
        }
        if (out.size() < 2) {
            starterSuggestions(understood.audience()).stream()
                    .filter(starter -> !pausePractice || !PracticeGuidance.encouragesPractice(starter))
                    .forEach(out::add);
        }
        return new ArrayList<>(out).subList(0, Math.min(MAX_SUGGESTIONS, out.size()));
    }

    /** SEEK_CARE and above ask the person to pause practice and get checked. */
    private static boolean pausesPractice(SafetyDecision safety) {
        return safety.level().compareTo(TriageLevel.SEEK_CARE) >= 0;
    }

    private static SearchResult withoutPractice(SearchResult result) {
        return new SearchResult(result.hits().stream()
                .filter(hit -> !PracticeGuidance.encouragesPractice(hit.section()))
                .filter(hit -> !PracticeGuidance.isMostlyPractice(hit.units()))
                .toList(), result.confident(), result.plausible(), result.searchedText());
    }

    /** A partner is not offered self-help-only sections as next questions, nor the person partner-only ones. */
    private static boolean suitsAsker(Audience passage, AudienceHint asker) {
        return passage == Audience.BOTH || passage == (asker == AudienceHint.PARTNER ? Audience.PARTNER : Audience.SELF);
    }

    private List<String> starterSuggestions(AudienceHint audience) {
        return wording.lines(audience == AudienceHint.PARTNER ? Reply.PARTNER_SUGGESTIONS : Reply.DEFAULT_SUGGESTIONS);
    }

    private String coveredTopics() {
        return String.join(", ", retriever.coveredTopics());
    }

    /** Someone thinking of enduring pain is the one who would feel it: never answered with a partner's passages. */
    private static Audience searchAudience(Understanding understood) {
        return understood.feeling() == Feeling.ENDURING_PAIN && understood.audience() == AudienceHint.UNKNOWN
                ? Audience.SELF : searchAudience(understood.audience());
    }

    /**
     * Whose passages to search. A known asker never gets passages written only for the other person; someone not
     * yet recognised searches both (the knowledge base's {@code null}).
     */
    static Audience searchAudience(AudienceHint hint) {
        return switch (hint) {
            case SELF -> Audience.SELF;
            case PARTNER -> Audience.PARTNER;
            case UNKNOWN -> null;
        };
    }

    static Audience audienceOf(AudienceHint hint) {
        return switch (hint) {
            case SELF -> Audience.SELF;
            case PARTNER -> Audience.PARTNER;
            case UNKNOWN -> Audience.BOTH;
        };
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                out.append(part.strip());
            }
        }
        return out.toString();
    }
}
