package org.safepace.knowledge;

import java.util.List;

/**
 * One retrieved passage (a {@code ##} section of an article) with its fused score.
 *
 * @param passageId keyword id, {@code articleId#section-slug}
 * @param sources   the seed files this passage's facts come from
 * @param questions the questions the section says it answers (its {@code Questions:} line; may be empty): for
 *                  matching a reply to what was asked, never to be shown as guidance
 * @param units     the text's sentences and list items ({@link PassageUnits}), split once per passage
 */
public record PassageHit(String passageId, String articleId, String title, String section, String text,
                         double score, Audience audience, List<String> topics, List<String> sources,
                         List<String> questions, List<String> units) {
    public PassageHit {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
        questions = List.copyOf(questions);
        units = List.copyOf(units);
    }

    /** A passage whose units are split from its text here. */
    public PassageHit(String passageId, String articleId, String title, String section, String text, double score,
                      Audience audience, List<String> topics, List<String> sources, List<String> questions) {
        this(passageId, articleId, title, section, text, score, audience, topics, sources, questions,
                PassageUnits.of(text));
    }

    /** A passage without a {@code Questions:} line. */
    public PassageHit(String passageId, String articleId, String title, String section, String text, double score,
                      Audience audience, List<String> topics, List<String> sources) {
        this(passageId, articleId, title, section, text, score, audience, topics, sources, List.of());
    }
}
