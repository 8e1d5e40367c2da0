package org.safepace.bot.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the screen in one JVM, each in its own class loader, screening {@link SafetyScreenBenchmark}'s
 * messages in alternating batches and timed by the thread's CPU clock: on the shared machine, where separate runs of
 * the same build swing by 30 %, load changes hit both builds alike. Run it once with the same build on both sides
 * (an A/A) to see what this machine can resolve: on a loaded machine the second build can read slower for the same
 * code (1.02-1.09 at load 11-15, speed8), so run it again with the two builds swapped and take the geometric mean of
 * the two ratios. Not a test. Arguments: the dependency classpath file, then each
 * build's test-classes and classes directories, then the number of rounds (100 messages per build and message each):
 * {@code java -cp bot-service/target/test-classes org.safepace.bot.benchmark.SafetyScreenAB
 * bot-service/target/test-classpath.txt /tmp/base/test-classes /tmp/base/classes bot-service/target/test-classes
 * bot-service/target/classes 40}
 */
public final class SafetyScreenAB {

    private static final String[] MESSAGES = {"RED_FLAGS", "BENIGN", "HIDDEN"};
    private static final String[] NAMES = {"red flags", "benign", "soft hyphens"};
    private static final int BATCH = 100;

    private SafetyScreenAB() {
    }

    public static void main(String[] args) throws Exception {
        List<URL> dependencies = new ArrayList<>();
        for (String entry : Files.readString(Path.of(args[0])).trim().split(":")) {
            dependencies.add(Path.of(entry).toUri().toURL());
        }
        Object[] screens = new Object[2];
        Method[] screen = new Method[2];
        String[][] messages = new String[2][];
        for (int build = 0; build < 2; build++) {
            List<URL> urls = new ArrayList<>(List.of(Path.of(args[1 + 2 * build]).toUri().toURL(),
                    Path.of(args[2 + 2 * build]).toUri().toURL()));
            urls.addAll(dependencies);
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass("org.safepace.bot.safety.SafetyScreen");
            screens[build] = type.getConstructor().newInstance();
            screen[build] = type.getMethod("screen", String.class);
            Class<?> benchmark = loader.loadClass("org.safepace.bot.benchmark.SafetyScreenBenchmark");
            messages[build] = new String[MESSAGES.length];
            for (int i = 0; i < MESSAGES.length; i++) {
                java.lang.reflect.Field field = benchmark.getDeclaredField(MESSAGES[i]);
                field.setAccessible(true); // package-private, and in another class loader's package
                messages[build][i] = (String) field.get(null);
                System.out.println((build == 0 ? "A " : "B ") + screen[build].invoke(screens[build], messages[build][i]));
            }
        }
        for (int warm = 0; warm < 3000; warm++) {
            for (int build = 0; build < 2; build++) {
                for (String message : messages[build]) {
                    screen[build].invoke(screens[build], message);
                }
            }
        }
        int rounds = Integer.parseInt(args[5]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][][] cpu = new long[2][MESSAGES.length][rounds * BATCH];
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int build = round % 2 == 0 ? turn : 1 - turn; // who goes first alternates too
                for (int i = 0; i < MESSAGES.length; i++) {
                    for (int k = 0; k < BATCH; k++) {
                        long start = threads.getCurrentThreadCpuTime();
                        screen[build].invoke(screens[build], messages[build][i]);
                        cpu[build][i][round * BATCH + k] = threads.getCurrentThreadCpuTime() - start;
                    }
                }
            }
        }
        for (int i = 0; i < MESSAGES.length; i++) {
            long[] a = cpu[0][i].clone();
            long[] b = cpu[1][i].clone();
            Arrays.sort(a);
            Arrays.sort(b);
            System.out.printf(Locale.ROOT, "%-13s CPU per message A -> B: p50 %.0f -> %.0f us (%.2f), p90 %.0f -> %.0f us "
                    + "(%.2f)%n", NAMES[i], a[a.length / 2] / 1e3, b[b.length / 2] / 1e3,
                    (double) b[b.length / 2] / a[a.length / 2], a[a.length * 9 / 10] / 1e3, b[b.length * 9 / 10] / 1e3,
                    (double) b[b.length * 9 / 10] / a[a.length * 9 / 10]);
        }
    }
}
