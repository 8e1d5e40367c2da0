package org.safepace.bot.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;

/**
 * How one reply measured against its expectation. A {@code null} part was not expected, so not checked.
 *
 * @param audience   the detected audience is exactly the expected one (a figure of its own)
 * @param notMisread the reply is not addressed to the wrong person: a partner is heard as a partner, and nobody else
 *                   is taken for one (this, not the exact audience, is part of a case's pass)
 * @param cited      a cited source is an acceptable passage or comes from a fallback article
 * @param passageAt1 the first cited source is an acceptable passage
 * @param passageAt3 one of the first three passages the reply surfaces (cited sources, then suggestion chips that
 *                   name sections) is acceptable
 * @param articleAt1 the first cited source comes from a fallback article
 */
record ReplyCheck(Boolean intent, Boolean audience, Boolean notMisread, Boolean level, Boolean cited, Boolean passageAt1,
                  Boolean passageAt3, Boolean articleAt1, Boolean keyFact, Boolean contains, Boolean excludes,
                  List<String> failures) {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    static ReplyCheck of(Expectation expect, BotReply reply, KnownPassages known) {
        List<String> failures = new ArrayList<>();
        Boolean intent = expect.intents().isEmpty() ? null : expect.intents().contains(reply.intent().name());
        if (Boolean.FALSE.equals(intent)) {
            // Sorted: a Set.copyOf iterates in an order that changes from one JVM run to the next.
            failures.add("intent " + reply.intent() + " not in " + new java.util.TreeSet<>(expect.intents()));
        }
        Boolean audience = expect.audience() == null ? null : expect.audience().equals(reply.audience().name());
        Boolean notMisread = expect.audience() == null ? null
                : expect.audience().equals("PARTNER") == (reply.audience() == AudienceHint.PARTNER);
        if (Boolean.FALSE.equals(notMisread)) {
            failures.add("audience " + reply.audience() + " not " + expect.audience());
        }
        Boolean level = expect.level() == null ? null : expect.level().accepts(reply.triage().level());
        if (Boolean.FALSE.equals(level)) {
            failures.add("level " + reply.triage().level() + " not " + expect.level());
        }

        List<String> citedIds = reply.sources().stream().map(s -> known.idOf(s).orElse("?")).toList();
        Boolean cited = null;
        Boolean at1 = null;
        Boolean at3 = null;
        Boolean articleAt1 = null;
        if (expect.expectsGuidance()) {
            Set<String> surfaced = new LinkedHashSet<>(citedIds);
            reply.suggestions().forEach(s -> surfaced.addAll(known.idsOfHeading(s)));
            cited = reply.sources().stream().anyMatch(s -> expect.articles().contains(s.articleId()))
                    || citedIds.stream().anyMatch(expect.passages()::contains);
            at1 = !citedIds.isEmpty() && expect.passages().contains(citedIds.get(0));
            at3 = surfaced.stream().limit(3).anyMatch(expect.passages()::contains);
            articleAt1 = !reply.sources().isEmpty() && expect.articles().contains(reply.sources().get(0).articleId());
            if (!cited) {
                failures.add("cited " + citedIds + ", none acceptable");
            }
        }
        String text = normalise(reply.text());
        Boolean keyFact = expect.keyFacts().isEmpty() ? null
                : expect.keyFacts().stream().anyMatch(fact -> text.contains(normalise(fact)));
        if (Boolean.FALSE.equals(keyFact)) {
            failures.add("no key fact of " + expect.keyFacts());
        }
        Boolean contains = null;
        if (!expect.mustContain().isEmpty()) {
            List<List<String>> missing = expect.mustContain().stream()
                    .filter(group -> group.stream().noneMatch(p -> text.contains(normalise(p)))).toList();
            contains = missing.isEmpty();
            if (!contains) {
                failures.add("missing " + missing);
            }
        }
        Boolean excludes = null;
        if (!expect.mustNotContain().isEmpty()) {
            List<String> present = expect.mustNotContain().stream().filter(p -> text.contains(normalise(p))).toList();
            excludes = present.isEmpty();
            if (!excludes) {
                failures.add("contains " + present);
            }
        }
        return new ReplyCheck(intent, audience, notMisread, level, cited, at1, at3, articleAt1, keyFact, contains, excludes,
                List.copyOf(failures));
    }

    boolean passed() {
        return failures.isEmpty();
    }

    /** Lower case, plain quotes, no bold markers, single spaces: phrases match however the reply is typeset. */
    private static final Pattern SUBJECT = Pattern.compile("\\b(?:he|they)\\b");
    private static final Pattern OBJECT = Pattern.compile("\\b(?:him|his|them|their)\\b");

    static String normalise(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-')
                .replace("**", "");
        // A key fact about the partner holds whichever pronouns the reply uses for them (PartnerPronouns).
        plain = SUBJECT.matcher(plain).replaceAll("she");
        plain = OBJECT.matcher(plain).replaceAll("her");
        return SPACES.matcher(plain).replaceAll(" ");
    }
}
