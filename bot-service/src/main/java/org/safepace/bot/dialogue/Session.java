package org.safepace.bot.dialogue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.safepace.bot.answer.PartnerPronouns;

/**
 * One conversation's short memory: who is asking, whether it was welcomed, and the last few turns.
 * The memory store keeps this object itself; the Redis store keeps its {@link Stored} form as JSON.
 * Access is synchronized because a person may send two messages before the first is answered.
 */
final class Session {

    static final int MAX_TURNS = 6;

    private final String id;
    private AudienceHint audience = AudienceHint.UNKNOWN;
    /** The conversation is about someone close who is not a partner (a daughter, a friend): see AudienceReader. */
    private boolean aboutSomeoneElse;
    /**
     * A turn said SEEK_CARE or EMERGENCY and nothing since says it has been seen to: "pause your practice until you've
     * been checked" still holds for the turns after it (see {@link CarePause}).
     */
    private boolean practicePaused;
    /**
     * The message of the latest SEEK_CARE turn while its pause holds, cut to {@link Turn#MAX_QUERY_CHARS}: a red flag
     * may go on in the next message without naming its symptom ("it's a lot and still going"), see RedFlagThread.
     */
    private String redFlagText;
    /** The pronouns a partner uses for the one with vaginismus ("he", "they"), once a message has told them. */
    private PartnerPronouns partnerPronouns = PartnerPronouns.SHE;
    private final Deque<Turn> turns = new ArrayDeque<>();
    private boolean welcomed;

    Session(String id) {
        this.id = id;
    }

    /**
     * One remembered exchange: the question as retrieved for, the passages the answer drew on, the article they came
     * from and the topic's query vector (a follow-up keeps its topic's). A record, stored as JSON by the Redis store:
     * a new field is simply a new component (unknown fields are ignored on reading). The query is cut to
     * {@link #MAX_QUERY_CHARS} so that a chain of follow-ups cannot grow a session without bound.
     *
     * @param articleId the article the answer came from, or {@code null} when nothing was retrieved
     * @param vector    the topic's query vector, or {@code null}; only the latest topic keeps it (see remember)
     * @param redFlag   the turn's screen said SEEK_CARE or EMERGENCY: its topic is the symptom, which a question of
     *                  its own afterwards ("once it's cleared up, how do i get back into it?") is not about
     */
    record Turn(Intent intent, String retrievalQuery, List<String> passageIds, String articleId, float[] vector,
                Boolean redFlag, Boolean aside) {
        static final int MAX_QUERY_CHARS = 300;

        Turn {
            if (retrievalQuery != null && retrievalQuery.length() > MAX_QUERY_CHARS) {
                retrievalQuery = retrievalQuery.substring(0, MAX_QUERY_CHARS);
            }
            passageIds = passageIds == null ? List.of() : List.copyOf(passageIds);
            redFlag = Boolean.TRUE.equals(redFlag); // absent from sessions stored before it existed
            aside = Boolean.TRUE.equals(aside);
        }

        Turn(Intent intent, String retrievalQuery, List<String> passageIds, String articleId, float[] vector,
             Boolean redFlag) {
            this(intent, retrievalQuery, passageIds, articleId, vector, redFlag, false);
        }

        Turn(Intent intent, String retrievalQuery, List<String> passageIds) {
            this(intent, retrievalQuery, passageIds, null, null, false);
        }

        Turn(Intent intent, String retrievalQuery, List<String> passageIds, String articleId, float[] vector) {
            this(intent, retrievalQuery, passageIds, articleId, vector, false);
        }

        Turn withoutVector() {
            return vector == null ? this : new Turn(intent, retrievalQuery, passageIds, articleId, null, redFlag, aside);
        }
    }

    /** Everything a session remembers, as one value: what the Redis store writes (whole, in one command). */
    record Stored(AudienceHint audience, boolean welcomed, List<Turn> turns, Boolean aboutSomeoneElse,
                  Boolean practicePaused, String redFlagText, PartnerPronouns partnerPronouns) {
        Stored {
            partnerPronouns = partnerPronouns == null ? PartnerPronouns.SHE : partnerPronouns;
            audience = audience == null ? AudienceHint.UNKNOWN : audience;
            turns = turns == null ? List.of() : List.copyOf(turns);
            aboutSomeoneElse = Boolean.TRUE.equals(aboutSomeoneElse); // absent from sessions stored before it existed
            practicePaused = Boolean.TRUE.equals(practicePaused);
        }

        Stored(AudienceHint audience, boolean welcomed, List<Turn> turns, Boolean aboutSomeoneElse,
               Boolean practicePaused) {
            this(audience, welcomed, turns, aboutSomeoneElse, practicePaused, null, null);
        }
    }

    static Session restore(String id, Stored stored) {
        Session session = new Session(id);
        session.audience = stored.audience();
        session.welcomed = stored.welcomed();
        session.aboutSomeoneElse = stored.aboutSomeoneElse();
        session.practicePaused = stored.practicePaused();
        session.redFlagText = stored.redFlagText();
        session.partnerPronouns = stored.partnerPronouns();
        session.turns.addAll(stored.turns());
        while (session.turns.size() > MAX_TURNS) {
            session.turns.removeFirst();
        }
        return session;
    }

    synchronized Stored snapshot() {
        return new Stored(audience, welcomed, List.copyOf(turns), aboutSomeoneElse, practicePaused, redFlagText,
                partnerPronouns);
    }

    String id() {
        return id;
    }

    synchronized AudienceHint audience() {
        return audience;
    }

    synchronized void audience(AudienceHint audience) {
        this.audience = audience;
    }

    synchronized boolean aboutSomeoneElse() {
        return aboutSomeoneElse;
    }

    synchronized void aboutSomeoneElse(boolean aboutSomeoneElse) {
        this.aboutSomeoneElse = aboutSomeoneElse;
    }

    synchronized PartnerPronouns partnerPronouns() {
        return partnerPronouns;
    }

    synchronized void partnerPronouns(PartnerPronouns partnerPronouns) {
        this.partnerPronouns = partnerPronouns;
    }

    synchronized boolean practicePaused() {
        return practicePaused;
    }

    synchronized void practicePaused(boolean practicePaused) {
        this.practicePaused = practicePaused;
        if (!practicePaused) {
            redFlagText = null;
        }
    }

    /** The latest SEEK_CARE message while its pause holds, or {@code null}. */
    synchronized String redFlagText() {
        return redFlagText;
    }

    synchronized void redFlagText(String text) {
        this.redFlagText = text == null || text.length() <= Turn.MAX_QUERY_CHARS ? text
                : text.substring(text.length() - Turn.MAX_QUERY_CHARS);
    }

    /**
     * Adds a turn. Only the vectors of the newest turn and of the topic a follow-up leans on ({@link #lastTopic}) are
     * kept: a vector is 1.5 KB, and six of them would triple a session's size in memory and in Redis. The topic's is
     * kept through an aside ("lol sorry, my cat"), which answers from no passage, so "anyway, how much do i use?"
     * still steers by the topic before it.
     */
    synchronized void remember(Turn turn) {
        turns.addLast(turn);
        while (turns.size() > MAX_TURNS) {
            turns.removeFirst();
        }
        Turn topic = lastTopic();
        Turn interrupted = topicBeforeAsides();
        List<Turn> kept = turns.stream()
                .map(each -> each == turn || each == topic || each == interrupted ? each : each.withoutVector())
                .toList();
        turns.clear();
        turns.addAll(kept);
    }

    /** Whether a turn is the latest remembered: its passages were just given, with no reply since. */
    synchronized boolean isLatest(Turn turn) {
        return turn != null && turns.peekLast() == turn;
    }

    /** The most recent turn that was about the guidance, if any. */
    synchronized Turn lastTopic() {
        return latestTopic(false);
    }

    /**
     * The topic an aside interrupted ("lol sorry my cat ..., how do i ..." answered from some passage, then "anyway,
     * how often?"): the most recent turn about the guidance that the writer did not excuse as an aside.
     */
    synchronized Turn topicBeforeAsides() {
        return latestTopic(true);
    }

    private Turn latestTopic(boolean skipAsides) {
        var it = turns.descendingIterator();
        while (it.hasNext()) {
            Turn turn = it.next();
            if (!turn.passageIds().isEmpty() && !(skipAsides && turn.aside())) {
                return turn;
            }
        }
        return null;
    }

    /**
     * What the person said in the remembered turns (each turn's question as retrieved for), oldest first: a passage
     * written for one situation ("Only when: abuse | trauma") may answer once the conversation has named it.
     */
    synchronized String saidBefore() {
        StringBuilder said = new StringBuilder();
        for (Turn turn : turns) {
            if (turn.retrievalQuery() != null && !turn.retrievalQuery().isBlank()) {
                said.append(turn.retrievalQuery()).append('\n');
            }
        }
        return said.toString();
    }

    synchronized int turnCount() {
        return turns.size();
    }

    /** True the first time only: the first reply of a session carries the first-use notice. */
    synchronized boolean markWelcomed() {
        boolean first = !welcomed;
        welcomed = true;
        return first;
    }
}
