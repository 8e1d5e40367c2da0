package org.safepace.bot.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.safepace.bot.dialogue.AudienceHint;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One split (dev, held-out or fresh) of the whole-conversation evaluation, read from
 * {@code src/test/resources/evaluation/<split>/}: questions.tsv, boundaries.tsv and conversations.json.
 * The folder's README.md describes the formats.
 */
record EvaluationSet(String split, List<Case> questions, List<Case> boundaries, List<Conversation> conversations) {

    /** Dev is tuned on; held-out and fresh (written later by an author who read neither the code nor the other
     *  splits) are measured only, in aggregate. */
    static final List<String> SPLITS = List.of("dev", "heldout", "fresh");

    /** One message to send, with its kind (the stratum it was written for) and what a correct reply looks like. */
    record Case(String id, String kind, String message, Expectation expect) {
    }

    /** A fixture conversation: every turn must be right for the conversation to pass. */
    record Conversation(String id, String name, String kind, AudienceHint audienceHint, List<Case> turns) {
    }

    /** Reads a split, with every passage and article id resolved through the renames against the ids that exist. */
    static EvaluationSet load(String split, PassageRenames renames, PassageRenames.KnownIds known) {
        String folder = "/evaluation/" + split + "/";
        Ids ids = new Ids(renames, known);
        return new EvaluationSet(split,
                readTsv(folder + "questions.tsv", 9, fields -> question(fields, ids)),
                readTsv(folder + "boundaries.tsv", 8, EvaluationSet::boundary),
                conversations(folder + "conversations.json", split, ids));
    }

    private record Ids(PassageRenames renames, PassageRenames.KnownIds known) {
        List<String> passages(List<String> ids) {
            return ids.stream().map(id -> renames.passage(id, known)).toList();
        }

        List<String> articles(List<String> ids) {
            return ids.stream().map(id -> renames.article(id, known)).toList();
        }
    }

    /** Every case (conversation turns included), for checks that apply to all of them. */
    List<Case> allCases() {
        List<Case> all = new ArrayList<>(questions);
        all.addAll(boundaries);
        conversations.forEach(conversation -> all.addAll(conversation.turns()));
        return all;
    }

    // id kind message intent audience level passages articles key_facts
    private static Case question(String[] f, Ids renames) {
        String where = f[0];
        return new Case(f[0], f[1], f[2], new Expectation(alternatives(f[3]), optional(f[4]),
                Expectation.LevelExpectation.parse(f[5], where), renames.passages(list(f[6], ",")),
                renames.articles(list(f[7], ",")), list(f[8], "\\|"), List.of(), List.of()));
    }

    // id kind message intent audience level must_contain must_not_contain
    private static Case boundary(String[] f) {
        String where = f[0];
        List<List<String>> mustContain = list(f[6], ";").stream().map(group -> list(group, "\\|")).toList();
        return new Case(f[0], f[1], f[2], new Expectation(alternatives(f[3]), optional(f[4]),
                Expectation.LevelExpectation.parse(f[5], where), List.of(), List.of(), List.of(), mustContain,
                list(f[7], "\\|")));
    }

    record TurnJson(String message, String intent, String audience, String level, List<String> passages,
                    List<String> articles, List<String> keyFacts, List<String> mustContain,
                    List<String> mustNotContain) {
    }

    record ConversationJson(String name, String kind, String audience, List<TurnJson> turns) {
    }

    private static List<Conversation> conversations(String resource, String split, Ids renames) {
        List<ConversationJson> parsed;
        try (InputStream in = open(resource)) {
            parsed = JsonMapper.builder().build().readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        List<Conversation> out = new ArrayList<>();
        for (int c = 0; c < parsed.size(); c++) {
            ConversationJson json = parsed.get(c);
            String id = "%s-c%03d".formatted(split, c + 1);
            List<Case> turns = new ArrayList<>();
            for (int t = 0; t < json.turns().size(); t++) {
                TurnJson turn = json.turns().get(t);
                String where = id + " turn " + (t + 1);
                turns.add(new Case(where, json.kind(), Objects.requireNonNull(turn.message(), where),
                        new Expectation(alternatives(turn.intent()), optional(turn.audience()),
                                Expectation.LevelExpectation.parse(turn.level(), where),
                                renames.passages(orEmpty(turn.passages())), renames.articles(orEmpty(turn.articles())),
                                orEmpty(turn.keyFacts()),
                                orEmpty(turn.mustContain()).stream().map(group -> list(group, "\\|")).toList(),
                                orEmpty(turn.mustNotContain()))));
            }
            out.add(new Conversation(id, json.name(), json.kind(),
                    json.audience() == null ? AudienceHint.UNKNOWN : AudienceHint.valueOf(json.audience()), turns));
        }
        return out;
    }

    private static List<Case> readTsv(String resource, int columns, Function<String[], Case> parse) {
        List<Case> cases = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != columns) {
                    throw new IllegalArgumentException("%s line %d: expected %d tab-separated columns, found %d"
                            .formatted(resource, number, columns, fields.length));
                }
                if (!ids.add(fields[0])) {
                    throw new IllegalArgumentException(resource + ": duplicate case id " + fields[0]);
                }
                cases.add(parse.apply(fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return List.copyOf(cases);
    }

    private static InputStream open(String resource) {
        InputStream in = EvaluationSet.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing evaluation file " + resource);
        }
        return in;
    }

    private static Set<String> alternatives(String text) {
        return new LinkedHashSet<>(list(text, "\\|"));
    }

    private static String optional(String text) {
        return text == null || text.isBlank() || text.strip().equals("-") ? null : text.strip();
    }

    /** Splits a field; "-" or blank is an empty list. */
    private static List<String> list(String text, String separator) {
        if (optional(text) == null) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
