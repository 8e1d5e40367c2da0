package org.safepace.knowledge;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses and validates one article file (YAML front matter, then {@code ##} sections each ending with a
 * {@code Sources:} line, optionally preceded by a {@code Questions:} line of 3-8 questions separated by {@code |}, and before that by an
 * {@code Only when:} line of the words that make the section an answer). Every failure is an {@link IllegalStateException} naming the file and the reason, so a
 * malformed article stops start-up instead of silently shrinking the knowledge base.
 */
final class ArticleParser {

    static final int MIN_SECTIONS = 3;
    static final int MAX_SECTIONS = 7;

    private static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DEEP_HEADING = Pattern.compile("^#{3,}\\s.*");
    private static final Pattern TOP_HEADING = Pattern.compile("^#\\s.*");
    private static final Pattern PLAIN_KEY_VALUE = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*):[ \\t]+(.*)$");
    private static final Set<String> KEYS = Set.of("id", "title", "audience", "topics", "sources", "reviewed");
    private static final String SOURCES_PREFIX = "Sources:";
    private static final String QUESTIONS_PREFIX = "Questions:";
    private static final String ONLY_WHEN_PREFIX = "Only when:";
    static final int MAX_ONLY_WHEN = 30;
    private static final Pattern ONLY_WHEN_WORD = Pattern.compile("[a-z]+(?:'[a-z]+)?");
    static final int MIN_QUESTIONS = 3;
    static final int MAX_QUESTIONS = 8;
    /** A SnakeYAML instance is costly to build and not thread-safe: one per thread, reused across articles. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(new LoaderOptions())));

    private ArticleParser() {
    }

    /**
     * @param location  where the file lives (a path or classpath URL), used in error messages
     * @param fileName  the file name, whose base name must equal the front-matter id
     * @param content   the whole file
     */
    static Article parse(String location, String fileName, String content) {
        try {
            return parseOrThrow(fileName, content);
        } catch (ArticleFormatProblem e) {
            throw new IllegalStateException("Malformed article " + location + ": " + e.getMessage(), e);
        }
    }

    /** The passage-id slug of a heading: lowercase, runs outside [a-z0-9] become one '-', no '-' at the ends. */
    static String slug(String heading) {
        String slug = NON_SLUG.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }

    private static Article parseOrThrow(String fileName, String content) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = List.of(text.split("\n", -1));
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new ArticleFormatProblem("the first line must be '---' opening the front matter");
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new ArticleFormatProblem("the front matter is not closed by a '---' line");
        }
        Map<String, Object> front = frontMatter(lines.subList(1, close));

        String id = requiredString(front, "id");
        if (!KEBAB_ID.matcher(id).matches()) {
            throw new ArticleFormatProblem("id '" + id + "' is not lowercase kebab-case");
        }
        String expectedFile = id + ".md";
        if (!expectedFile.equals(fileName)) {
            throw new ArticleFormatProblem("id '" + id + "' does not match the file name '" + fileName + "'");
        }
        String title = requiredString(front, "title");
        Audience audience;
        try {
            audience = Audience.parse(requiredString(front, "audience"));
        } catch (IllegalArgumentException e) {
            throw new ArticleFormatProblem(e.getMessage());
        }
        List<String> topics = stringList(front, "topics");
        List<String> sources = stringList(front, "sources");
        LocalDate reviewed = date(front.get("reviewed"));

        List<Passage> passages = sections(id, lines.subList(close + 1, lines.size()));
        Set<String> union = new LinkedHashSet<>();
        passages.forEach(p -> union.addAll(p.sources()));
        if (!union.equals(new LinkedHashSet<>(sources))) {
            throw new ArticleFormatProblem("front-matter sources " + sources
                    + " must equal the union of the sections' Sources lines " + union);
        }
        return new Article(id, title, audience, topics, sources, reviewed, passages);
    }

    private static Map<String, Object> frontMatter(List<String> lines) {
        StringBuilder yaml = new StringBuilder();
        for (String line : lines) {
            yaml.append(quotePlainValueWithColon(line)).append('\n');
        }
        Object loaded;
        try {
            loaded = YAML.get().load(yaml.toString());
        } catch (YAMLException e) {
            throw new ArticleFormatProblem("the front matter is not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new ArticleFormatProblem("the front matter must be a YAML mapping of id, title, audience, topics, sources, reviewed");
        }
        Map<String, Object> front = new LinkedHashMap<>();
        map.forEach((key, value) -> front.put(String.valueOf(key), value));
        for (String key : front.keySet()) {
            if (!KEYS.contains(key)) {
                throw new ArticleFormatProblem("unknown front-matter key '" + key + "' (allowed: id, title, audience, topics, sources, reviewed)");
            }
        }
        return front;
    }

    /**
     * Titles such as {@code Reverse Kegels: learning to let go} are natural but not valid plain YAML scalars
     * (": " starts a nested mapping), so an unquoted top-level value containing ": " is quoted before parsing.
     */
    private static String quotePlainValueWithColon(String line) {
        var matcher = PLAIN_KEY_VALUE.matcher(line);
        if (!matcher.matches()) {
            return line;
        }
        String value = matcher.group(2).strip();
        if (value.isEmpty() || "\"'[{|>".indexOf(value.charAt(0)) >= 0 || !value.contains(": ")) {
            return line;
        }
        return matcher.group(1) + ": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<Passage> sections(String articleId, List<String> body) {
        List<Passage> passages = new ArrayList<>();
        Set<String> slugs = new LinkedHashSet<>();
        String heading = null;
        List<String> sectionLines = new ArrayList<>();
        for (String line : body) {
            if (DEEP_HEADING.matcher(line).matches()) {
                throw new ArticleFormatProblem("only '##' headings are allowed, found '" + line.strip() + "'");
            }
            if (heading != null && TOP_HEADING.matcher(line).matches()) {
                throw new ArticleFormatProblem("a '#' heading inside a section is not allowed, found '" + line.strip() + "'");
            }
            if (line.startsWith("## ")) {
                if (heading != null) {
                    passages.add(section(articleId, heading, sectionLines, slugs));
                }
                heading = line.substring(3).strip();
                sectionLines = new ArrayList<>();
            } else if (heading != null) {
                sectionLines.add(line);
            }
        }
        if (heading != null) {
            passages.add(section(articleId, heading, sectionLines, slugs));
        }
        if (passages.size() < MIN_SECTIONS || passages.size() > MAX_SECTIONS) {
            throw new ArticleFormatProblem("an article needs " + MIN_SECTIONS + " to " + MAX_SECTIONS
                    + " '##' sections, found " + passages.size());
        }
        return passages;
    }

    private static Passage section(String articleId, String heading, List<String> lines, Set<String> slugs) {
        String slug = slug(heading);
        if (slug.isEmpty()) {
            throw new ArticleFormatProblem("section heading '" + heading + "' has no letters or digits");
        }
        if (!slugs.add(slug)) {
            throw new ArticleFormatProblem("two sections share the heading slug '" + slug + "'");
        }
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).isBlank()) {
            last--;
        }
        if (last < 0 || !lines.get(last).strip().startsWith(SOURCES_PREFIX)) {
            throw new ArticleFormatProblem("section '" + heading + "' must end with a 'Sources: <seed file>' line");
        }
        for (int i = 0; i < last; i++) {
            if (lines.get(i).strip().startsWith(SOURCES_PREFIX)) {
                throw new ArticleFormatProblem("section '" + heading + "' has more than one 'Sources:' line");
            }
        }
        List<String> sources = new ArrayList<>();
        for (String source : lines.get(last).strip().substring(SOURCES_PREFIX.length()).split(",")) {
            if (!source.isBlank()) {
                sources.add(source.strip());
            }
        }
        if (sources.isEmpty()) {
            throw new ArticleFormatProblem("section '" + heading + "' has an empty 'Sources:' line");
        }
        // The Questions line, when there is one, is the last non-blank line before Sources (optional, so an
        // operator's articles written before the format had it still load).
        int questionLine = last - 1;
        while (questionLine >= 0 && lines.get(questionLine).isBlank()) {
            questionLine--;
        }
        List<String> questions = List.of();
        int textEnd = last; // exclusive
        if (questionLine >= 0 && lines.get(questionLine).strip().startsWith(QUESTIONS_PREFIX)) {
            questions = questions(heading, lines.get(questionLine).strip().substring(QUESTIONS_PREFIX.length()));
            textEnd = questionLine;
        }
        // The Only-when line, when there is one, is the last non-blank line before those two.
        int onlyWhenLine = textEnd - 1;
        while (onlyWhenLine >= 0 && lines.get(onlyWhenLine).isBlank()) {
            onlyWhenLine--;
        }
        List<String> onlyWhen = List.of();
        if (onlyWhenLine >= 0 && lines.get(onlyWhenLine).strip().startsWith(ONLY_WHEN_PREFIX)) {
            onlyWhen = onlyWhen(heading, lines.get(onlyWhenLine).strip().substring(ONLY_WHEN_PREFIX.length()));
            textEnd = onlyWhenLine;
        }
        for (int i = 0; i < textEnd; i++) {
            if (lines.get(i).strip().startsWith(QUESTIONS_PREFIX)) {
                throw new ArticleFormatProblem("section '" + heading + "' has a 'Questions:' line that is not the line "
                        + "just before its 'Sources:' line");
            }
            if (lines.get(i).strip().startsWith(ONLY_WHEN_PREFIX)) {
                throw new ArticleFormatProblem("section '" + heading + "' has an 'Only when:' line that is not just "
                        + "before its 'Questions:' (or 'Sources:') line");
            }
        }
        String text = String.join("\n", lines.subList(0, textEnd)).strip();
        if (text.isEmpty()) {
            throw new ArticleFormatProblem("section '" + heading + "' has no text");
        }
        return new Passage(articleId + "#" + slug, articleId, heading, text, sources, questions, onlyWhen);
    }

    /**
     * {@code abuse | abused | trauma}: 1-30 lowercase words, any one of which said in the conversation makes the
     * section an answer (matched by stem, so "abuse" also hears "abusive"; a word the message rules out, "no abuse",
     * does not count).
     */
    private static List<String> onlyWhen(String heading, String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.split("\\|", -1)) {
            String w = word.strip();
            if (!ONLY_WHEN_WORD.matcher(w).matches()) {
                throw new ArticleFormatProblem("section '" + heading + "' has an 'Only when:' entry that is not one "
                        + "lowercase word: '" + w + "' (separate words with ' | ')");
            }
            words.add(w);
        }
        if (words.size() > MAX_ONLY_WHEN) {
            throw new ArticleFormatProblem("section '" + heading + "' has more than " + MAX_ONLY_WHEN
                    + " words on its 'Only when:' line");
        }
        return words;
    }

    /** {@code first question? | second question? | third?}: 3-8 questions, each ending with '?'. */
    private static List<String> questions(String heading, String line) {
        List<String> questions = new ArrayList<>();
        for (String question : line.split("\\|", -1)) {
            String q = question.strip();
            if (q.isEmpty()) {
                throw new ArticleFormatProblem("section '" + heading + "' has an empty question on its 'Questions:' line "
                        + "(separate questions with ' | ')");
            }
            if (!q.endsWith("?")) {
                throw new ArticleFormatProblem("section '" + heading + "' has a question that does not end with '?': '" + q + "'");
            }
            questions.add(q);
        }
        if (questions.size() < MIN_QUESTIONS || questions.size() > MAX_QUESTIONS) {
            throw new ArticleFormatProblem("section '" + heading + "' needs " + MIN_QUESTIONS + " to " + MAX_QUESTIONS
                    + " questions on its 'Questions:' line, found " + questions.size());
        }
        return questions;
    }

    private static String requiredString(Map<String, Object> front, String key) {
        Object value = front.get(key);
        if (value == null || value instanceof Map || value instanceof List || value.toString().isBlank()) {
            throw new ArticleFormatProblem("front-matter '" + key + "' is missing or not a single value");
        }
        return value.toString().strip();
    }

    private static List<String> stringList(Map<String, Object> front, String key) {
        Object value = front.get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new ArticleFormatProblem("front-matter '" + key + "' must be a non-empty list such as [a, b]");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (item == null || item instanceof Map || item instanceof List || item.toString().isBlank()) {
                throw new ArticleFormatProblem("front-matter '" + key + "' contains an empty or nested item");
            }
            strings.add(item.toString().strip());
        }
        return strings;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        if (value == null) {
            throw new ArticleFormatProblem("front-matter 'reviewed' is missing");
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            throw new ArticleFormatProblem("front-matter 'reviewed' must be a date like 2026-11-23, not '" + value + "'");
        }
    }

    /** A validation failure before the file location is attached. */
    private static final class ArticleFormatProblem extends RuntimeException {
        ArticleFormatProblem(String message) {
            super(message, null, false, false);
        }
    }
}
