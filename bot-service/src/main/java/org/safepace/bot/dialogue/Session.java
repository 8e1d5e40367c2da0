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

    /**
     * One remembered exchange: the question as retrieved for, the passages the answer drew on, and the query vector
     * that steers a follow-up ({@code null} when none was computed).
     */
    record Turn(Intent intent, String retrievalQuery, List<String> passageIds, float[] queryVector) {
        Turn {
            passageIds = List.copyOf(passageIds);
        }

        Turn(Intent intent, String retrievalQuery, List<String> passageIds) {
            this(intent, retrievalQuery, passageIds, null);
        }

        /** The article the answer came from: the one of its first passage ({@code articleId#section}). */
        String articleId() {
            if (passageIds.isEmpty()) {
                return null;
            }
            String first = passageIds.get(0);
            int hash = first.indexOf('#');
            return hash < 0 ? first : first.substring(0, hash);
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
