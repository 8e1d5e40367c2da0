package org.safepace.bot.channel.messaging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the light Markdown of a reply (bold, headings, bullets, links) for apps that would show its symbols
 * literally. Nothing here is interpreted as markup by the app unless the target format asks for it.
 */
public final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");
    private static final Pattern BULLET = Pattern.compile("(?m)^([ \\t]*)[-*+][ \\t]+");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|__(?=\\S)(.+?)(?<=\\S)__");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((\\S+?)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");

    private MarkdownText() {
    }

    /** Plain text with the Markdown symbols removed (Telegram without a parse mode shows text exactly as sent). */
    public static String toPlainText(String markdown) {
        String text = common(markdown);
        text = HEADING.matcher(text).replaceAll(m -> quote(m.group(1)));
        text = BOLD.matcher(text).replaceAll(m -> quote(boldContent(m)));
        text = ITALIC.matcher(text).replaceAll(m -> quote(m.group(1)));
        return text;
    }

    /** WhatsApp's own formatting: bold is {@code *text*}, italics {@code _text_}. */
    public static String toWhatsApp(String markdown) {
        String text = common(markdown);
        // Italics first, so the single stars made for bold are not read as italics afterwards.
        text = ITALIC.matcher(text).replaceAll(m -> quote("_" + m.group(1) + "_"));
        text = HEADING.matcher(text).replaceAll(m -> quote("*" + m.group(1) + "*"));
        text = BOLD.matcher(text).replaceAll(m -> quote("*" + boldContent(m) + "*"));
        return text;
    }

    private static String common(String markdown) {
        String text = markdown.replace("\r\n", "\n");
        text = BULLET.matcher(text).replaceAll(m -> quote(m.group(1) + "• "));
        text = LINK.matcher(text).replaceAll(m -> quote(m.group(1).equals(m.group(2))
                ? m.group(2) : m.group(1) + " (" + m.group(2) + ")"));
        text = CODE.matcher(text).replaceAll(m -> quote(m.group(1)));
        return text;
    }

    private static String boldContent(java.util.regex.MatchResult m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String quote(String replacement) {
        return Matcher.quoteReplacement(replacement);
    }
}
