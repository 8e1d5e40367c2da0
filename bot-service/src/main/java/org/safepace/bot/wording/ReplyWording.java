package org.safepace.bot.wording;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The bot's fixed wording, loaded from replies.yml and checked for its placeholders when it is loaded. */
public final class ReplyWording {

    private final Map<Reply, PromptTemplate> texts;

    private ReplyWording(Map<Reply, PromptTemplate> texts) {
        this.texts = texts;
    }

    /**
     * Parses replies.yml; fails with the file's name and the offending key when a reply is missing, unknown,
     * or has other placeholders than the code fills in.
     */
    public static ReplyWording parse(String yaml, String origin) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new IllegalStateException(origin + ": expected a mapping of reply keys to texts");
        }
        Map<Reply, PromptTemplate> texts = new EnumMap<>(Reply.class);
        Set<String> known = new HashSet<>();
        for (Reply reply : Reply.values()) {
            known.add(reply.key());
            Object value = map.get(reply.key());
            if (!(value instanceof String text) || text.isBlank()) {
                throw new IllegalStateException(origin + ": reply '" + reply.key() + "' is missing or empty");
            }
            PromptTemplate template = new PromptTemplate("reply " + reply.key(), text.strip());
            Set<String> found = template.placeholders();
            if (!found.equals(reply.placeholders())) {
                throw new IllegalStateException(origin + ": reply '" + reply.key() + "' must have placeholders "
                        + reply.placeholders() + " but has " + found);
            }
            texts.put(reply, template);
        }
        for (Object key : map.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                throw new IllegalStateException(origin + ": unknown reply key '" + key + "'");
            }
        }
        return new ReplyWording(texts);
    }

    /** The reply's text with its placeholders filled; every placeholder must be given. */
    public String render(Reply reply, Map<String, String> values) {
        return texts.get(reply).render(values);
    }

    public String text(Reply reply) {
        return render(reply, Map.of());
    }

    /** A reply whose lines are a list, such as the default suggestions. */
    public List<String> lines(Reply reply) {
        return texts.get(reply).text().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
