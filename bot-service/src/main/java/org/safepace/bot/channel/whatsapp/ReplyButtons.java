package org.safepace.bot.channel.whatsapp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Up to three suggestions as WhatsApp reply buttons.
 *
 * <p>The full suggestion travels in the button id (up to 256 characters, echoed back in the button reply), so a tap
 * sends the whole question even though the title shows at most 20 characters. Keeping it in the id rather than in a
 * server-side map needs no memory, survives a restart and cannot mix up two people's buttons.
 */
final class ReplyButtons {

    static final int MAX_BUTTONS = 3;
    static final int MAX_TITLE = 20;
    static final int MAX_ID = 256;
    static final String ID_PREFIX = "ask:";

    record Button(String id, String title) {
    }

    private ReplyButtons() {
    }

    static List<Button> of(List<String> suggestions) {
        List<Button> buttons = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        for (String raw : suggestions) {
            if (buttons.size() == MAX_BUTTONS) {
                break;
            }
            String suggestion = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
            // A suggestion too long for the id would not fit a button anyway.
            if (suggestion.isEmpty() || ID_PREFIX.length() + suggestion.length() > MAX_ID) {
                continue;
            }
            String title = uniqueTitle(suggestion, titles, buttons.size() + 1);
            titles.add(title);
            buttons.add(new Button(ID_PREFIX + suggestion, title));
        }
        return List.copyOf(buttons);
    }

    /** The question behind a tapped button, when the id is one of ours. */
    static Optional<String> suggestionOf(String buttonId) {
        if (buttonId == null || !buttonId.startsWith(ID_PREFIX) || buttonId.length() == ID_PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(buttonId.substring(ID_PREFIX.length()));
    }

    /** Titles must be unique within a message: a clash gets a number. */
    private static String uniqueTitle(String suggestion, Set<String> taken, int number) {
        String title = shorten(suggestion, MAX_TITLE);
        if (!taken.contains(title)) {
            return title;
        }
        String suffix = " " + number;
        return shorten(suggestion, MAX_TITLE - suffix.length()) + suffix;
    }

    /** Cuts at a word boundary when one is near, and marks the cut with an ellipsis. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int limit = max - 1; // room for the ellipsis
        if (Character.isLowSurrogate(text.charAt(limit))) {
            limit--;
        }
        String head = text.substring(0, limit);
        int space = head.lastIndexOf(' ');
        boolean endsOnWord = Character.isWhitespace(text.charAt(limit));
        if (!endsOnWord && space >= max / 2) {
            head = head.substring(0, space);
        }
        head = head.replaceAll("[\\s\\p{Punct}]+$", "");
        return head + "…";
    }
}
