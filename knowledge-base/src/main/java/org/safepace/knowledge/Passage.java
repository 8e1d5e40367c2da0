package org.safepace.knowledge;

import java.util.List;

/**
 * One {@code ##} section of an article: the unit that is indexed, retrieved and shown alone.
 *
 * @param id      {@code articleId#heading-slug}
 * @param text      the section's Markdown body without its trailing {@code Questions:} and {@code Sources:} lines
 * @param sources   the seed files named on that {@code Sources:} line
 * @param questions the questions the section answers, from its {@code Questions:} line (empty when it has none):
 *                  searched and embedded, never shown as part of an answer
 * @param onlyWhen  the words of its {@code Only when:} line (empty when it has none): the passage is an answer only
 *                  when the conversation says one of them ("abuse", "trauma"), because it is written for that
 *                  situation and would misread anyone else ({@link HybridSearcher})
 */
public record Passage(String id, String articleId, String heading, String text, List<String> sources,
                      List<String> questions, List<String> onlyWhen) {
    public Passage {
        sources = List.copyOf(sources);
        questions = List.copyOf(questions);
        onlyWhen = List.copyOf(onlyWhen);
    }

    /** A passage that is an answer in any conversation. */
    public Passage(String id, String articleId, String heading, String text, List<String> sources,
                   List<String> questions) {
        this(id, articleId, heading, text, sources, questions, List.of());
    }
}
