package org.safepace.bot.answer;

/** Turns the retrieved guidance passages into the answer part of a reply, faithful to those passages. */
public interface AnswerComposer {

    ComposedAnswer compose(AnswerRequest request);
}
