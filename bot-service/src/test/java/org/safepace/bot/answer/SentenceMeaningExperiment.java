package org.safepace.bot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safepace.bot.text.TextNormaliser;
import org.safepace.knowledge.Audience;
import org.safepace.knowledge.KnowledgeBase;
import org.safepace.knowledge.KnowledgeBaseSettings;
import org.safepace.knowledge.PassageHit;
import org.safepace.knowledge.SearchResult;

/**
 * Not a test (run on purpose, dev split only): how often the composer keeps a dev question's key fact when the
 * retriever's first passage is one of its acceptable ones, for several weights of sentence meaning against words.
 * {@code mvn -o -pl bot-service -am test -Dtest=SentenceMeaningExperiment -Dsurefire.failIfNoSpecifiedTests=false}
 */
class SentenceMeaningExperiment {

    private static final double[] WEIGHTS = {0, 1, 2, 3, 4, 6, 10};

    @Test
    void keyFactsKeptByWeight() throws IOException {
        List<String[]> cases = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/evaluation/dev/questions.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || f.length != 9 || f[8].isBlank() || f[8].equals("-")
                        || f[5].startsWith("SEEK") || f[5].startsWith("EMERG")) {
                    continue;
                }
                cases.add(f);
            }
        }
        // The first turn of each dev conversation stands on its own like a question.
        try (InputStream in = getClass().getResourceAsStream("/evaluation/dev/conversations.json")) {
            tools.jackson.databind.JsonNode all = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
            int n = 0;
            for (tools.jackson.databind.JsonNode conversation : all) {
                n++;
                tools.jackson.databind.JsonNode turn = conversation.get("turns").get(0);
                if (turn.get("keyFacts") == null || turn.get("keyFacts").isEmpty() || turn.get("passages") == null
                        || String.valueOf(turn.get("level")).contains("SEEK") || String.valueOf(turn.get("level")).contains("EMERG")) {
                    continue;
                }
                List<String> passages = new ArrayList<>();
                turn.get("passages").forEach(p -> passages.add(p.asText()));
                List<String> facts = new ArrayList<>();
                turn.get("keyFacts").forEach(p -> facts.add(p.asText()));
                cases.add(new String[] {"dev-c%03d-t1".formatted(n), "turn", turn.get("message").asText(), "", "", "",
                        String.join(",", passages), "", String.join("|", facts)});
            }
        }
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "safepace-embeddings");
        try (KnowledgeBase kb = KnowledgeBase.load(new KnowledgeBaseSettings(null, cache))) {
            GuidanceSentences sentences = GuidanceSentences.of(kb);
            int[] kept = new int[WEIGHTS.length];
            int eligible = 0;
            List<String> flips = new ArrayList<>();
            for (String[] c : cases) {
                float[] vector = kb.embedQuery(TextNormaliser.forEmbedding(c[2]));
                SearchResult found = kb.search(c[2], vector, null, 5);
                if (found.hits().isEmpty()) {
                    continue;
                }
                PassageHit top = found.hits().get(0);
                if (!Arrays.asList(c[6].split(",")).contains(top.passageId())) {
                    continue;
                }
                eligible++;
                String question = found.searchedText() != null ? found.searchedText() : c[2];
                boolean[] has = new boolean[WEIGHTS.length];
                for (int w = 0; w < WEIGHTS.length; w++) {
                    String text = new ExtractiveAnswerComposer(sentences, WEIGHTS[w]).compose(new AnswerRequest(
                            question, Audience.BOTH, found.hits(), false, null, vector)).text();
                    String plain = normalise(text);
                    has[w] = Arrays.stream(c[8].split("\\|")).anyMatch(k -> plain.contains(normalise(k)));
                    kept[w] += has[w] ? 1 : 0;
                }
                if (has[0] != has[3]) {
                    flips.add((has[3] ? "GAINED " : "LOST ") + c[0] + " " + top.passageId());
                }
                if (!has[0]) {
                    flips.add("MISSING-AT-0 " + c[0] + " " + top.passageId());
                }
            }
            System.out.println("EXPERIMENT sentences=" + sentences.size() + " eligible=" + eligible);
            for (int w = 0; w < WEIGHTS.length; w++) {
                System.out.println("EXPERIMENT weight " + WEIGHTS[w] + ": key fact kept " + kept[w] + "/" + eligible);
            }
            flips.forEach(f -> System.out.println("EXPERIMENT " + f));
        }
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("**", "").replaceAll("\\s+", " ");
    }
}
