package org.safepace.bot.articlecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.safepace.bot.articlecheck.ArticleProblem.Severity;
import org.safepace.bot.safety.OutboundCheck;
import org.safepace.bot.wording.ToneCheck;
import org.safepace.knowledge.Article;
import org.safepace.knowledge.ArticleFiles;

/**
 * Checks a folder of articles the way the service would use them: each file must load (front matter, sections,
 * Sources lines), and no line that can be sent to a person (title, headings, which are offered as suggestions,
 * text, questions) may trip the outbound safety check or the tone list, since a reply containing it would be
 * replaced by a fallback. Headings that are not questions are warnings.
 */
final class ArticleFolderCheck {

    /** Quoted fragments in a parser message ('...'), used to find the line the message is about. */
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("^title:\\s*(.*)$");
    private static final Pattern LIST_OR_EMPHASIS = Pattern.compile("^\\s*(?:[-*]|\\d+\\.)\\s+|\\*\\*");

    private final ToneCheck toneCheck;
    private final OutboundCheck outboundCheck;

    ArticleFolderCheck(ToneCheck toneCheck, OutboundCheck outboundCheck) {
        this.toneCheck = toneCheck;
        this.outboundCheck = outboundCheck;
    }

    /** What a check found, and counts for the summary line. */
    record Report(List<ArticleProblem> problems, int articles, int passages, int headings, int questionHeadings) {

        long errors() {
            return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        }

        long warnings() {
            return problems.size() - errors();
        }
    }

    /** @throws IllegalArgumentException when {@code folder} is not a readable folder */
    Report check(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".md")).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        List<ArticleProblem> problems = new ArrayList<>();
        if (files.isEmpty()) {
            problems.add(new ArticleProblem(folder, 0, Severity.ERROR, "the folder contains no *.md articles"));
        }
        int articles = 0;
        int passages = 0;
        int[] headings = new int[2];
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readString(file).replace("\r\n", "\n").replace('\r', '\n').lines().toList();
            } catch (MalformedInputException e) {
                problems.add(new ArticleProblem(file, 0, Severity.ERROR, "the file is not UTF-8 text"));
                continue;
            } catch (IOException e) {
                problems.add(new ArticleProblem(file, 0, Severity.ERROR, "cannot read the file (" + e.getMessage() + ")"));
                continue;
            }
            try {
                Article article = ArticleFiles.read(file);
                articles++;
                passages += article.passages().size();
            } catch (IllegalStateException e) {
                String reason = withoutLocation(e.getMessage(), file);
                problems.add(new ArticleProblem(file, locate(reason, lines), Severity.ERROR, reason));
            }
            checkLines(file, lines, problems, headings);
        }
        return new Report(List.copyOf(problems), articles, passages, headings[0], headings[1]);
    }

    /** Every line a person could be sent, checked on its own so that each problem has its line number. */
    private void checkLines(Path file, List<String> lines, List<ArticleProblem> problems, int[] headings) {
        boolean inFrontMatter = !lines.isEmpty() && lines.get(0).strip().equals("---");
        for (int i = inFrontMatter ? 1 : 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String text;
            if (inFrontMatter) {
                if (line.strip().equals("---")) {
                    inFrontMatter = false;
                    continue;
                }
                Matcher title = FRONT_MATTER_TITLE.matcher(line);
                if (!title.matches()) {
                    continue;
                }
                text = title.group(1).strip();
            } else if (line.startsWith("## ")) {
                text = line.substring(3).strip();
                headings[0]++;
                if (text.endsWith("?")) {
                    headings[1]++;
                } else {
                    problems.add(new ArticleProblem(file, i + 1, Severity.WARNING,
                            "heading is not a question; headings are offered to people as suggestions, so write the question the section answers: '" + text + "'"));
                }
            } else if (line.strip().startsWith("Sources:") || line.strip().startsWith("Only when:") || line.isBlank()) {
                // never sent: the seeds a section draws on, and the words that make it an answer
                continue;
            } else {
                text = LIST_OR_EMPHASIS.matcher(line.strip()).replaceAll("");
            }
            int lineNumber = i + 1;
            toneCheck.firstViolation(text).ifPresent(phrase -> problems.add(new ArticleProblem(file, lineNumber,
                    Severity.ERROR, "contains '" + phrase + "' from the tone list; a reply with it would be replaced")));
            var verdict = outboundCheck.check(text);
            if (!verdict.allowed()) {
                problems.add(new ArticleProblem(file, lineNumber, Severity.ERROR,
                        "trips the outbound safety check " + verdict.reasons() + "; a reply with it would be replaced"));
            }
        }
    }

    /** The parser's message starts with "Malformed article <location>: "; the path is printed separately. */
    private static String withoutLocation(String message, Path file) {
        String prefix = "Malformed article " + file + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** The line a parser message is about: a heading, key or text it quotes; else the front matter's keys; else 1. */
    static int locate(String reason, List<String> lines) {
        Matcher quoted = QUOTED.matcher(reason);
        while (quoted.find()) {
            String fragment = quoted.group(1).strip();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.equals("## " + fragment) || line.equals(fragment) || line.startsWith(fragment + ":")) {
                    return i + 1;
                }
            }
        }
        if (reason.startsWith("id '")) {
            return lineStartingWith(lines, "id:");
        }
        if (reason.startsWith("front-matter sources")) {
            return lineStartingWith(lines, "sources:");
        }
        if (reason.startsWith("two sections share the heading slug")) {
            return 1 + lastHeadingWithSlug(reason, lines);
        }
        if (reason.startsWith("an article needs")) {
            return lineStartingWith(lines, "## ");
        }
        return 1;
    }

    private static int lineStartingWith(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        return 1;
    }

    private static int lastHeadingWithSlug(String reason, List<String> lines) {
        Matcher quoted = QUOTED.matcher(reason);
        String slug = quoted.find() ? quoted.group(1) : "";
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ") && ArticleFiles.slug(lines.get(i).substring(3).strip()).equals(slug)) {
                last = i;
            }
        }
        return last;
    }
}
