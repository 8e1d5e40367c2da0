package org.safepace.bot.wording;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An LLM prompt file with {@code {{name}}} placeholders, checked against the names the code fills in. */
public record PromptTemplate(String origin, String text) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

    /** Fails with the file's name when its placeholders differ from {@code required}. */
    public static PromptTemplate checked(String origin, String text, Set<String> required) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        if (!found.equals(new TreeSet<>(required))) {
            throw new IllegalStateException(origin + ": expected placeholders " + new TreeSet<>(required)
                    + " but found " + found);
        }
        return new PromptTemplate(origin, text);
    }

    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
