package org.safepace.bot.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepace.bot.SafePaceApplication;
import org.safepace.bot.dialogue.AudienceHint;
import org.safepace.bot.dialogue.BotReply;
import org.safepace.bot.dialogue.Channel;
import org.safepace.bot.dialogue.ConversationService;
import org.safepace.bot.dialogue.IncomingMessage;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * CPU time of one whole chat turn for a recurring question (its query vector already cached), as the load test's
 * recurring phase sends them: the 40 questions of chat.lua, each in a new session, through the application's own
 * {@link ConversationService}. The calling thread's CPU clock, so other processes on a shared machine disturb the
 * figure far less than wall-clock time; the replies' checksum must not change when only the cost should.
 * Not a test. Arguments: [embedding cache dir] [rounds]. Run from the repository root after a test-compile:
 *
 * <pre>
 * java -cp bot-service/target/test-classes:bot-service/target/classes:$(cat bot-service/target/test-classpath.txt) \
 *     org.safepace.bot.benchmark.TurnCpuTime /tmp/cache 8
 * </pre>
 * Add {@code -XX:StartFlightRecording=settings=profile,filename=turn.jfr} for a profile of the same loop.
 */
public final class TurnCpuTime {

    private static final int TURNS_PER_ROUND = 2_000;

    private TurnCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        String cache = args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/safepace-turn-cpu";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        List<String> questions = loadTestQuestions();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (ConfigurableApplicationContext app = SpringApplication.run(SafePaceApplication.class, "--server.port=0",
                "--safepace.rate-limit.enabled=false", "--safepace.knowledge.embedding-cache-dir=" + cache,
                "--logging.level.org.safepace=WARN")) {
            ConversationService conversations = app.getBean(ConversationService.class);
            long checksum = 0;
            for (int round = 0; round < rounds; round++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int turn = 0; turn < TURNS_PER_ROUND; turn++) {
                    BotReply reply = conversations.reply(new IncomingMessage(null,
                            questions.get(turn % questions.size()), AudienceHint.UNKNOWN, Channel.WEB, null));
                    if (round == 0 && turn < questions.size()) {
                        checksum = 31 * checksum + (reply.text() + reply.sources() + reply.suggestions()
                                + reply.intent() + reply.triage() + reply.audience()).hashCode();
                    }
                }
                long micros = (threads.getCurrentThreadCpuTime() - start) / 1_000 / TURNS_PER_ROUND;
                System.out.printf(Locale.ROOT, "round %d: %d turns, %d us CPU per turn, load %.1f%n", round + 1,
                        TURNS_PER_ROUND, micros, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
            // The same replies give the same checksum, before and after a change.
            System.out.println("replies checksum " + checksum);
        }
    }

    /** The load test's questions, read from its script so the two stay one list. */
    private static List<String> loadTestQuestions() throws IOException {
        String script = Files.readString(Path.of("bot-service/src/test/load/chat.lua"));
        int start = script.indexOf("local questions = {");
        String block = script.substring(start, script.indexOf('}', start));
        List<String> questions = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(block);
        while (quoted.find()) {
            questions.add(quoted.group(1));
        }
        return questions;
    }
}
