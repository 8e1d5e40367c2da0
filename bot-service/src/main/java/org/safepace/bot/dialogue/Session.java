package org.safepace.bot.dialogue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One conversation's short memory: who is asking, whether it was welcomed, and the last few turns.
 * The memory store keeps this object itself; the Redis store keeps its {@link Stored} form as JSON.
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
     * One remembered exchange: the question as retrieved for, and the passages the answer drew on. A record, stored
     * as JSON by the Redis store: a new field is simply a new component (unknown fields are ignored on reading).
     * The query is cut to {@link #MAX_QUERY_CHARS} so that a chain of follow-ups cannot grow a session without bound.
     */
    record Turn(Intent intent, String retrievalQuery, List<String> passageIds) {
        static final int MAX_QUERY_CHARS = 300;

        Turn {
            if (retrievalQuery != null && retrievalQuery.length() > MAX_QUERY_CHARS) {
                retrievalQuery = retrievalQuery.substring(0, MAX_QUERY_CHARS);
            }
            passageIds = passageIds == null ? List.of() : List.copyOf(passageIds);
        }
    }

    /** Everything a session remembers, as one value: what the Redis store writes (whole, in one command). */
    record Stored(AudienceHint audience, boolean welcomed, List<Turn> turns) {
        Stored {
            audience = audience == null ? AudienceHint.UNKNOWN : audience;
            turns = turns == null ? List.of() : List.copyOf(turns);
        }
    }

    static Session restore(String id, Stored stored) {
        Session session = new Session(id);
        session.audience = stored.audience();
        session.welcomed = stored.welcomed();
        session.turns.addAll(stored.turns());
        while (session.turns.size() > MAX_TURNS) {
            session.turns.removeFirst();
        }
        return session;
    }

    synchronized Stored snapshot() {
        return new Stored(audience, welcomed, List.copyOf(turns));
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
