package org.safepace.knowledge.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.safepace.knowledge.BenchmarkSupport;
import org.safepace.knowledge.KnowledgeBase;

/**
 * Start-up cost and hybrid query latency of the knowledge base (a plain main rather than JMH: the phases need
 * fresh JVMs and multi-second index builds, which JMH's fork-per-benchmark model makes slow). Run from the
 * repository root:
 *
 * <pre>
 * mvn -o -q -pl knowledge-base test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Xmx3g -cp %classpath org.safepace.knowledge.benchmark.RetrievalBenchmark"
 * </pre>
 *
 * Phases: (1) start-up in fresh child JVMs, cold (empty embedding cache) and cached; (2) hybrid query latency on
 * the real knowledge base, every query embedded (no query-vector cache) and with the LRU cache on repeated
 * questions; (3) query embedding from 1 and 4 threads at once, with the service's single-threaded ONNX session and
 * with LangChain4j's default session (a thread per core per query): latency, throughput and CPU per query;
 * (4) the same searches on synthetic 10k and 100k passage indexes (random unit vectors, real query embedding).
 * Queries are the evaluation questions. Arguments: [articlesDir] (default knowledge-base/articles);
 * {@code -Dsizes=10000,100000} picks the synthetic sizes (the exec execution passes {@code -Dsizes=${bench.sizes}}).
 */
public final class RetrievalBenchmark {

    private static final int MEASURED_QUERIES = 1000;
    private static final int WARM_UP_QUERIES = 300;

    private RetrievalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--startup")) {
            startupChild(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        Path module = Files.isDirectory(Path.of("knowledge-base")) ? Path.of("knowledge-base") : Path.of(".");
        Path articles = args.length > 0 ? Path.of(args[0]) : module.resolve("articles");
        List<String> queries = questions(module.resolve("src/test/resources/eval"));
        System.out.printf(Locale.ROOT, "SafePace retrieval benchmark: %d cores, Java %s, %d distinct queries%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), queries.size());

        Path work = Files.createTempDirectory("safepace-bench");
        Path cache = work.resolve("cache");
        System.out.println("\n== Start-up (fresh JVM each) ==");
        System.out.println(child(articles, cache, "cold  "));
        System.out.println(child(articles, cache, "cached"));
        System.out.println(child(articles, cache, "cached"));

        System.out.println("\n== Query latency, top 5 ==");
        try (KnowledgeBase plain = BenchmarkSupport.load(articles, cache, false);
             KnowledgeBase cached = BenchmarkSupport.load(articles, cache, true)) {
            BenchmarkSupport.loadModel();
            report("query embedding alone (bge-small-en-v1.5-q)", queries, BenchmarkSupport::embedOnly);
            report("real KB (" + plain.passageCount() + " passages) hybrid, no query-vector cache", queries,
                    q -> plain.search(q, null, 5).hits().size());
            report("real KB (" + cached.passageCount() + " passages) hybrid, LRU query-vector cache (repeats)", queries,
                    q -> cached.search(q, null, 5).hits().size());
        }
        deleteRecursively(work);

        System.out.println("\n== Query embedding under concurrency (new questions, no cache) ==");
        for (int threads : new int[] {1, 4}) {
            concurrent("single-threaded session (shipped), " + threads + " thread(s)", threads, queries,
                    BenchmarkSupport::embedOnly);
            concurrent("LangChain4j default session, " + threads + " thread(s)", threads, queries,
                    BenchmarkSupport::embedWithDefaultSession);
        }
        // Synthetic indexes live under target/ so a second run reuses them (building 100k takes minutes on 2 cores).
        Path syntheticRoot = module.resolve("target/benchmark-indexes");
        for (String size : System.getProperty("sizes", "10000,100000").split(",")) {
            if (size.isBlank() || size.equals("none")) {
                continue;
            }
            int passages = Integer.parseInt(size.strip());
            Path dir = Files.createDirectories(syntheticRoot.resolve("synthetic-" + passages));
            try (BenchmarkSupport.Synthetic plain = BenchmarkSupport.synthetic(passages, articles, dir, false, 42);
                 BenchmarkSupport.Synthetic cached = BenchmarkSupport.synthetic(passages, articles, dir, true, 42)) {
                System.out.printf(Locale.ROOT, "synthetic %,d passages: index %s in %,d ms%n", passages,
                        plain.reused ? "reopened from an earlier run" : "built (HNSW + force-merge)", plain.buildMillis);
                report("synthetic " + passages + " hybrid, no query-vector cache", queries, plain::search);
                report("synthetic " + passages + " hybrid, LRU query-vector cache (repeats)", queries, cached::search);
                report("synthetic " + passages + " BM25 alone", queries, cached::searchBm25);
                report("synthetic " + passages + " KNN alone (cached query vector)", queries, cached::searchDense);
            }
        }
    }

    /** Runs one start-up measurement in a fresh JVM (so the model load and class loading are really cold). */
    private static String child(Path articles, Path cache, String label) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RetrievalBenchmark.class.getName(), "--startup", articles.toString(), cache.toString())
                .redirectErrorStream(true).start();
        String result = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("STARTUP ")) {
                    result = line.substring("STARTUP ".length());
                }
            }
        }
        process.waitFor();
        return label + " " + result;
    }

    private static void startupChild(Path articles, Path cache) {
        long start = System.nanoTime();
        try (KnowledgeBase kb = BenchmarkSupport.load(articles, cache, true)) {
            long loaded = System.nanoTime();
            long model = BenchmarkSupport.loadModel();
            long firstQueryStart = System.nanoTime();
            kb.search("how do I use a dilator", null, 5);
            long firstQuery = System.nanoTime();
            System.out.printf(Locale.ROOT, "STARTUP load %,d ms (%s); model ready %,d ms later; "
                            + "first query %.1f ms; %d passages%n", (loaded - start) / 1_000_000,
                    BenchmarkSupport.loadTimings(kb), model, (firstQuery - firstQueryStart) / 1e6, kb.passageCount());
        }
    }

    private static void report(String label, List<String> queries, ToIntFunction<String> search) {
        int sink = 0;
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            sink += search.applyAsInt(queries.get(i % queries.size()));
        }
        long[] nanos = new long[MEASURED_QUERIES];
        for (int i = 0; i < MEASURED_QUERIES; i++) {
            String query = queries.get(i % queries.size());
            long start = System.nanoTime();
            sink += search.applyAsInt(query);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-70s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%d queries%s)%n", label,
                nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
                nanos[nanos.length - 1] / 1e6, nanos.length, sink < 0 ? "!" : "");
    }

    /**
     * {@code threads} callers embedding at once (the model itself caches nothing; the number makes the questions
     * look like the load run's never-seen ones); reports
     * latency, throughput and the process's CPU time per query (the cost that decides throughput on two cores).
     */
    private static void concurrent(String label, int threads, List<String> queries, ToIntFunction<String> embed)
            throws InterruptedException, ExecutionException {
        int perThread = MEASURED_QUERIES / threads;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            run(pool, threads, WARM_UP_QUERIES / threads, queries, embed, new long[WARM_UP_QUERIES]);
            long[] nanos = new long[perThread * threads];
            long cpuStart = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            run(pool, threads, perThread, queries, embed, nanos);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMillisPerQuery = (PROCESS.getProcessCpuTime() - cpuStart) / 1e6 / nanos.length;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%-52s p50 %6.2f ms  p99 %6.2f ms  %5.0f queries/s  CPU %5.2f ms/query%n",
                    label, nanos[nanos.length / 2] / 1e6, nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
                    nanos.length / seconds, cpuMillisPerQuery);
        } finally {
            pool.shutdown();
        }
    }

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static void run(ExecutorService pool, int threads, int perThread, List<String> queries,
                            ToIntFunction<String> embed, long[] nanos) throws InterruptedException, ExecutionException {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> callers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            callers.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    int n = next.getAndIncrement();
                    String question = queries.get(n % queries.size()) + " (" + (100_000 + n) + ")";
                    long start = System.nanoTime();
                    embed.applyAsInt(question);
                    nanos[n] = System.nanoTime() - start;
                }
            }));
        }
        for (Future<?> caller : callers) {
            caller.get();
        }
    }

    private static List<String> questions(Path evalDir) throws IOException {
        List<String> questions = new ArrayList<>();
        try (Stream<Path> files = Files.list(evalDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (!line.isBlank()) {
                        questions.add(line.split("\t")[0]);
                    }
                }
            }
        }
        return questions;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
