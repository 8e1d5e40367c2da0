package org.safepace.knowledge;

import java.util.List;

/**
 * One {@code ##} section of an article: the unit that is indexed, retrieved and shown alone.
 *
 * @param id      {@code articleId#heading-slug}
 * @param text    the section's Markdown body without its trailing {@code Sources:} line
 * @param sources the seed files named on that {@code Sources:} line
 */
public record Passage(String id, String articleId, String heading, String text, List<String> sources) {
    public Passage {
        sources = List.copyOf(sources);
    }
}
