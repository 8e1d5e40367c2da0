package org.safepace.bot.dialogue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One conversation's short memory, held in memory only: who is asking and the last few turns.
 * Access is synchronized because a person may send two messages before the first is answered.
 */
final class Session {

    static final int MAX_TURNS = 6;

    private final String id;
    private AudienceHint audience = AudienceHint.UNKNOWN;
    private final Deque<Turn> turns = new ArrayDeque<>();
    private boolean welcomed;

    Session(String id) {
        this.id = id;
    }

    /** One remembered exchange: the question as retrieved for, and the passages the answer drew on. */
    /**
     * @param articleId the article the answer came from, or {@code null} when nothing was retrieved
     * @param vector    the topic's query vector (a follow-up keeps its topic's), or {@code null}
     */
    record Turn(Intent intent, String retrievalQuery, List<String> passageIds, String articleId, float[] vector) {
        Turn(Intent intent, String retrievalQuery, List<String> passageIds) {
            this(intent, retrievalQuery, passageIds, null, null);
        }
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

    synchronized void remember(Turn turn) {
        turns.addLast(turn);
        while (turns.size() > MAX_TURNS) {
            turns.removeFirst();
        }
    }

    /** The most recent turn that was about the guidance, if any. */
    synchronized Turn lastTopic() {
        var it = turns.descendingIterator();
        while (it.hasNext()) {
            Turn turn = it.next();
            if (!turn.passageIds().isEmpty()) {
                return turn;
            }
        }
        return null;
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
