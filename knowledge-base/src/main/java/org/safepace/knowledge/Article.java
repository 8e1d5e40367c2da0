package org.safepace.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One curated guidance article: its front matter and its {@code ##} sections as passages.
 *
 * @param id       lowercase kebab-case, equal to the file name without {@code .md}
 * @param sources  the seed files the article draws on (the union of its passages' sources)
 * @param reviewed when the article's content was last reviewed
 */
public record Article(String id, String title, Audience audience, List<String> topics, List<String> sources,
                      LocalDate reviewed, List<Passage> passages) {
    public Article {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
        passages = List.copyOf(passages);
    }
}
