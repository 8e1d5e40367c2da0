package org.safepace.bot.articlecheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.safepace.bot.safety.OutboundCheck;
import org.safepace.bot.wording.ToneCheck;

/**
 * {@code java -jar bot-service.jar check-articles <folder> [--prompts=<folder>]}: checks an operator's articles
 * before the service is pointed at them, without starting Spring. Exit status 0 when there are no errors
 * (warnings allowed), 1 when there are, 2 for a usage problem.
 */
public final class ArticleCheckCommand {

    /** The first argument that selects this command instead of starting the service. */
    public static final String NAME = "check-articles";

    static final String USAGE = "usage: java -jar bot-service.jar " + NAME + " <articles-folder> [--prompts=<prompts-folder>]\n"
            + "  Checks every *.md article in the folder: front matter, sections and Sources lines, headings (questions),\n"
            + "  the tone list (prompts/tone-blocklist.txt; --prompts uses your own copy) and the outbound safety check.";
    private static final String TONE_LIST = "tone-blocklist.txt";

    private ArticleCheckCommand() {
    }

    /** @param args the arguments after {@value #NAME} */
    public static int run(List<String> args, PrintStream out) {
        Path folder = null;
        Path prompts = null;
        for (String arg : args) {
            if (arg.startsWith("--prompts=")) {
                prompts = Path.of(arg.substring("--prompts=".length()));
            } else if (arg.startsWith("-") || folder != null) {
                out.println(NAME + ": unexpected argument '" + arg + "'");
                out.println(USAGE);
                return 2;
            } else {
                folder = Path.of(arg);
            }
        }
        if (folder == null) {
            out.println(USAGE);
            return 2;
        }
        if (!Files.isDirectory(folder)) {
            out.println(NAME + ": " + folder + " is not a folder");
            return 2;
        }
        ToneCheck toneCheck;
        try {
            toneCheck = toneCheck(prompts);
        } catch (IOException | IllegalStateException e) {
            out.println(NAME + ": cannot read the tone list: " + e.getMessage());
            return 2;
        }
        ArticleFolderCheck.Report report = new ArticleFolderCheck(toneCheck, new OutboundCheck()).check(folder);
        report.problems().forEach(out::println);
        out.println(String.format(Locale.ROOT, "%d articles, %d passages; %d of %d headings are questions; %d errors, %d warnings",
                report.articles(), report.passages(), report.questionHeadings(), report.headings(), report.errors(),
                report.warnings()));
        return report.errors() == 0 ? 0 : 1;
    }

    private static ToneCheck toneCheck(Path prompts) throws IOException {
        if (prompts != null) {
            Path file = prompts.resolve(TONE_LIST);
            return ToneCheck.parse(Files.readString(file), file.toString());
        }
        try (InputStream in = ArticleCheckCommand.class.getClassLoader().getResourceAsStream("prompts/" + TONE_LIST)) {
            if (in == null) {
                throw new IllegalStateException("classpath:prompts/" + TONE_LIST + " is missing");
            }
            return ToneCheck.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:prompts/" + TONE_LIST);
        }
    }
}
