package org.safepace.bot.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.safepace.bot.safety.SafetyScreen;

/**
 * The CPU time the safety screen spends on each of {@link SafetyScreenBenchmark}'s messages, per message, after a
 * warm-up: the thread's own CPU clock, so time the scheduler gives other processes is not counted. On the shared
 * build machine this is the figure to compare before and after a change; the JMH percentiles there are mostly
 * scheduling. Not a test. Run like the benchmark (same classpath), with an optional number of messages:
 * {@code java -cp ... org.safepace.bot.benchmark.SafetyScreenCpuTime 10000}.
 */
public final class SafetyScreenCpuTime {

    private SafetyScreenCpuTime() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SafetyScreen screen = new SafetyScreen();
        String[][] messages = {{"red flags", SafetyScreenBenchmark.RED_FLAGS}, {"benign", SafetyScreenBenchmark.BENIGN},
            {"soft hyphens", SafetyScreenBenchmark.HIDDEN}};
        for (String[] message : messages) {
            for (int i = 0; i < n; i++) {
                screen.screen(message[1]);
            }
            long[] cpu = new long[n];
            for (int i = 0; i < n; i++) {
                long start = threads.getCurrentThreadCpuTime();
                screen.screen(message[1]);
                cpu[i] = threads.getCurrentThreadCpuTime() - start;
            }
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%-13s CPU per message: p50 %.0f us, p90 %.0f us, p99 %.0f us%n", message[0],
                    cpu[n / 2] / 1e3, cpu[(int) (n * 0.9)] / 1e3, cpu[(int) (n * 0.99)] / 1e3);
        }
    }
}
