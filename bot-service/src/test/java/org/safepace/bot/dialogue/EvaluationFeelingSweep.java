package org.safepace.bot.dialogue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safepace.bot.meaning.ExampleBank;
import org.safepace.bot.meaning.NearestExamples;
import org.safepace.bot.meaning.NearestExamples.Threshold;
import org.safepace.bot.meaning.TestEmbeddings;

/**
 * Calibration tool, not a test: how often the feeling is heard on the whole-conversation evaluation's dev files, for
 * messages that ask something and for those that only tell, over a range of meaning thresholds (the named and implied
 * patterns as {@link MessageUnderstanding} combines them). Positives are the {@code feeling-*} boundary cases; negatives
 * are the plain questions (intent exactly {@code QUESTION}) and the boundary kinds that show no feeling. Refuses any
 * folder but {@code dev}. Usage: EvaluationFeelingSweep promptsFolder evaluationDevFolder
 */
public final class EvaluationFeelingSweep {

    private record Case(String id, boolean feeling, boolean asks, Feeling named, NearestExamples.Scores scores) {
    }

    public static void main(String[] args) throws Exception {
        Path dev = Path.of(args[1]);
        if (!dev.getFileName().toString().equals("dev")) {
            throw new IllegalArgumentException("only the dev split is swept");
        }
        ExampleBank bank = ExampleBank.parse(Files.readString(Path.of(args[0]).resolve("understanding/feelings.tsv")),
                "feelings.tsv", UnderstandingBank.FEELINGS.keySet());
        NearestExamples feelings = new NearestExamples(bank, texts -> TestEmbeddings.embedAll("sweep-feelings", texts));
        IntentClassifier intents = new IntentClassifier();
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(dev.resolve("boundaries.tsv"))) {
            String[] c = line.split("\t");
            if (line.startsWith("#") || c.length < 4 || c[1].equals("emergency") || c[1].equals("in-scope")
                    || c[1].equals("no-alarm")) {
                continue;
            }
            cases.add(read(c[0], c[2], c[1].startsWith("feeling-"), feelings, intents));
        }
        for (String line : Files.readAllLines(dev.resolve("questions.tsv"))) {
            String[] c = line.split("\t");
            if (!line.startsWith("#") && c.length > 3 && c[3].equals("QUESTION")) {
                cases.add(read(c[0], c[2], false, feelings, intents));
            }
        }
        for (boolean asks : new boolean[] {true, false}) {
            long pos = cases.stream().filter(c -> c.asks == asks && c.feeling).count();
            long neg = cases.stream().filter(c -> c.asks == asks && !c.feeling).count();
            System.out.printf("%s: %d feeling cases, %d without%n", asks ? "asks" : "tells", pos, neg);
            for (double t = 0.60; t <= 0.761; t += 0.01) {
                for (double margin : new double[] {0.03, 0.05, 0.07}) {
                    Threshold threshold = new Threshold(t, margin);
                    int heard = 0;
                    List<String> alarms = new ArrayList<>();
                    for (Case c : cases) {
                        if (c.asks != asks) {
                            continue;
                        }
                        Feeling meaning = c.scores.positive().keySet().stream()
                                .filter(label -> c.scores.detectsAgainstAllTwins(label, threshold))
                                .findFirst().map(UnderstandingBank.FEELINGS::get).orElse(Feeling.NONE);
                        Feeling got = MessageUnderstanding.feeling(c.named, meaning);
                        if (c.feeling && got != Feeling.NONE) {
                            heard++;
                        } else if (!c.feeling && got != Feeling.NONE) {
                            alarms.add(c.id);
                        }
                    }
                    System.out.printf("  %.2f / %.2f: heard %d/%d, false alarms %d %s%n", t, margin, heard, pos,
                            alarms.size(), alarms.size() <= 12 ? alarms : "");
                }
            }
        }
        System.exit(0);
    }

    private static Case read(String id, String message, boolean feeling, NearestExamples bank, IntentClassifier intents) {
        String text = MessageUnderstanding.normalise(message);
        return new Case(id, feeling, intents.asksSomething(text), intents.namedFeeling(text).orElse(Feeling.NONE),
                bank.score(TestEmbeddings.embed(message)));
    }
}
