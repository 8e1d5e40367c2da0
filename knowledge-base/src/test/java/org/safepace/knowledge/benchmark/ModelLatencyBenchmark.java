package org.safepace.knowledge.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.safepace.knowledge.BenchmarkSupport;
import org.safepace.knowledge.KnowledgeBase;

/**
 * Hybrid query latency on the real knowledge base for each embedding model, every query embedded (no query-vector
 * cache), one thread: the figure that decides the default model beside its recall. Run from the repository root:
 *
 * <pre>
 * mvn -o -q -pl knowledge-base test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.safepace.knowledge.benchmark.ModelLatencyBenchmark [articlesDir]"
 * </pre>
 */
public final class ModelLatencyBenchmark {

    private static final int WARM_UP_QUERIES = 300;
    private static final int MEASURED_QUERIES = 1000;

    private ModelLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path module = Files.isDirectory(Path.of("knowledge-base")) ? Path.of("knowledge-base") : Path.of(".");
        Path articles = args.length > 0 ? Path.of(args[0]) : module.resolve("articles");
        List<String> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(module.resolve("src/test/resources/eval"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")[0]).forEach(queries::add);
            }
        }
        for (String model : System.getProperty("models", "bge,minilm").split(",")) {
            Path cache = module.resolve("target/embedding-cache-bench-" + model);
            try (KnowledgeBase kb = BenchmarkSupport.load(articles, cache, model)) {
                for (int i = 0; i < WARM_UP_QUERIES; i++) {
                    kb.search(queries.get(i % queries.size()), null, 5);
                }
                long[] nanos = new long[MEASURED_QUERIES];
                long[] cpu = new long[MEASURED_QUERIES];
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                for (int i = 0; i < MEASURED_QUERIES; i++) {
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    kb.search(queries.get(i % queries.size()), null, 5);
                    nanos[i] = System.nanoTime() - start;
                    cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                }
                Arrays.sort(nanos);
                Arrays.sort(cpu);
                // The inference runs on the calling thread, so its CPU time is the query's cost even on a busy machine.
                System.out.printf(Locale.ROOT, "%-7s %d passages: hybrid query incl. embedding p50 %.2f ms, p90 %.2f ms, "
                                + "p99 %.2f ms; CPU p50 %.2f ms%n", model, kb.passageCount(), nanos[nanos.length / 2] / 1e6,
                        nanos[nanos.length * 9 / 10] / 1e6, nanos[nanos.length * 99 / 100] / 1e6, cpu[cpu.length / 2] / 1e6);
            }
        }
    }
}
