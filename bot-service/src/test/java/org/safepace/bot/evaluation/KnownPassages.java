package org.safepace.bot.evaluation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.knowledge.Article;
import org.safepace.knowledge.KnowledgeBase;
import org.safepace.knowledge.Passage;

/** The passage and article ids the running knowledge base knows, and the id behind a cited source or suggestion. */
final class KnownPassages implements PassageRenames.KnownIds {

    private final Set<String> passageIds = new LinkedHashSet<>();
    private final Set<String> articleIds = new LinkedHashSet<>();
    private final Map<String, String> idBySource = new HashMap<>();
    private final Map<String, List<String>> idsByHeading = new HashMap<>();
    private final Map<String, String> textById = new HashMap<>();

    KnownPassages(KnowledgeBase knowledgeBase) {
        for (Article article : knowledgeBase.articles()) {
            articleIds.add(article.id());
            for (Passage passage : article.passages()) {
                passageIds.add(passage.id());
                textById.put(passage.id(), ReplyCheck.normalise(passage.heading() + "\n" + passage.text()));
                idBySource.put(article.id() + "\n" + passage.heading(), passage.id());
                idsByHeading.merge(passage.heading(), List.of(passage.id()),
                        (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
            }
        }
    }

    @Override
    public boolean hasPassage(String id) {
        return passageIds.contains(id);
    }

    @Override
    public boolean hasArticle(String id) {
        return articleIds.contains(id);
    }

    Optional<String> idOf(BotReply.SourceRef source) {
        return Optional.ofNullable(idBySource.get(source.articleId() + "\n" + source.section()));
    }

    /** The passages a suggestion chip names, when it is a section heading (several articles may share one). */
    List<String> idsOfHeading(String suggestion) {
        return idsByHeading.getOrDefault(suggestion, List.of());
    }

    /**
     * Acceptable passages whose text holds none of their case's key facts: after content edits these labels need a
     * look (a fact reworded, a topic moved). Reported, not failed, since rewriting articles is legitimate.
     */
    List<String> staleLabels(EvaluationSet set) {
        return set.allCases().stream().filter(c -> !c.expect().keyFacts().isEmpty())
                .filter(c -> c.expect().level() == null || !c.expect().level().redFlag())
                .flatMap(c -> c.expect().passages().stream()
                        .filter(id -> hasPassage(id) && c.expect().keyFacts().stream()
                                .noneMatch(fact -> textById.get(id).contains(ReplyCheck.normalise(fact))))
                        .map(id -> c.id() + ": " + id + " holds none of " + c.expect().keyFacts()))
                .toList();
    }

    /** Every referenced id that the knowledge base does not know, as "case: id" lines. */
    List<String> unknownIds(EvaluationSet set) {
        return set.allCases().stream().flatMap(c -> java.util.stream.Stream.concat(
                        c.expect().passages().stream().filter(id -> !hasPassage(id))
                                .map(id -> c.id() + ": unknown passage '" + id + "'"),
                        c.expect().articles().stream().filter(id -> !hasArticle(id))
                                .map(id -> c.id() + ": unknown article '" + id + "'")))
                .toList();
    }
}
