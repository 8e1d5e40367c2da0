package org.safepace.bot.wording;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A piece of wording with {@code {name}} placeholders: the one template syntax for replies.yml and the LLM prompt
 * files alike. Checked at start-up against the names the code fills in; every placeholder must be given a value.
 */
public record PromptTemplate(String origin, String text) {

    /** Letters only, so JSON or other braces in a prompt are never mistaken for a placeholder. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** Fails with the file's name when its placeholders differ from {@code required}. */
    public static PromptTemplate checked(String origin, String text, Set<String> required) {
        PromptTemplate template = new PromptTemplate(origin, text);
        Set<String> found = template.placeholders();
        if (!found.equals(new TreeSet<>(required))) {
            throw new IllegalStateException(origin + ": expected placeholders " + new TreeSet<>(required)
                    + " but found " + found);
        }
        return template;
    }

    public Set<String> placeholders() {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The text with every placeholder filled; values are inserted as they are, never read as placeholders. */
    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in " + origin);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
