package org.safepace.bot.wording;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The bot's fixed wording, loaded from replies.yml and checked for its placeholders when it is loaded. */
public final class ReplyWording {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<Reply, String> texts;

    private ReplyWording(Map<Reply, String> texts) {
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
        Map<Reply, String> texts = new EnumMap<>(Reply.class);
        Set<String> known = new HashSet<>();
        for (Reply reply : Reply.values()) {
            known.add(reply.key());
            Object value = map.get(reply.key());
            if (!(value instanceof String text) || text.isBlank()) {
                throw new IllegalStateException(origin + ": reply '" + reply.key() + "' is missing or empty");
            }
            Set<String> found = placeholdersIn(text);
            if (!found.equals(reply.placeholders())) {
                throw new IllegalStateException(origin + ": reply '" + reply.key() + "' must have placeholders "
                        + reply.placeholders() + " but has " + found);
            }
            texts.put(reply, text.strip());
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
        String text = texts.get(reply);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in reply " + reply.key());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String text(Reply reply) {
        return render(reply, Map.of());
    }

    /** A reply whose lines are a list, such as the default suggestions. */
    public List<String> lines(Reply reply) {
        return texts.get(reply).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Set<String> placeholdersIn(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
