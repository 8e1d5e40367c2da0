package org.safepace.bot.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * The service's own meters, in one place so every label is checked the same way: label values are names from our
 * code (channels, intents, levels, rule ids, reasons), never text or ids, and anything that does not look like one
 * is counted as {@code other}. Prometheus names: {@code safepace_turns_total}, {@code safepace_turn_seconds}, ...
 * (listed in the README).
 */
public class SafePaceMetrics {

    /** What a label value may look like: a lower-case code name, short. Message text and ids never fit. */
    private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9_.-]{0,47}");
    static final String OTHER = "other";

    private final MeterRegistry registry;
    private final Timer queryEmbedding;
    /** Micrometer holds what gauges and function counters read only weakly; these lambdas must live as long as us. */
    private final List<Object> watched = new CopyOnWriteArrayList<>();

    public SafePaceMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.queryEmbedding = Timer.builder("safepace.embedding.query")
                .description("Time to embed one message with the model (cache hits are not timed)")
                .register(registry);
    }

    /** For unit tests and tools that do not export metrics. */
    public static SafePaceMetrics inMemory() {
        return new SafePaceMetrics(new SimpleMeterRegistry());
    }

    /** One answered message: what it was understood as and how urgent, and how long the turn took. */
    public void turn(Enum<?> channel, Enum<?> intent, Enum<?> level, Duration took) {
        Counter.builder("safepace.turns").description("Messages answered")
                .tag("channel", label(channel)).tag("intent", label(intent)).tag("level", label(level))
                .register(registry).increment();
        Timer.builder("safepace.turn").description("Time to answer one message, all steps")
                .tag("channel", label(channel))
                .register(registry).record(took);
    }

    public void safetyRuleFired(String ruleId) {
        Counter.builder("safepace.safety.rules").description("Safety rules fired, by rule id")
                .tag("rule", label(ruleId)).register(registry).increment();
    }

    /** An LLM answer replaced by the extractive one; reason is a code such as {@code deadline} or {@code empty}. */
    public void llmFallback(String reason) {
        Counter.builder("safepace.llm.fallbacks").description("LLM answers that fell back to extractive")
                .tag("reason", label(reason)).register(registry).increment();
    }

    /** One call to the LLM endpoint and how it ended ({@code success} or {@code error}). */
    public void llmCall(String outcome, long nanos) {
        Timer.builder("safepace.llm.calls").description("Calls to the LLM endpoint, by outcome")
                .tag("outcome", label(outcome)).register(registry).record(Duration.ofNanos(nanos));
    }

    /** An outgoing reply replaced by the safe wording; check is {@code safety}, {@code tone} or {@code both}. */
    public void outboundReplaced(String check) {
        Counter.builder("safepace.outbound.replacements").description("Outgoing replies replaced by a safe reply")
                .tag("check", label(check)).register(registry).increment();
    }

    /** A search whose best passages were not good enough to answer from. */
    public void notConfidentRetrieval() {
        Counter.builder("safepace.retrieval.not.confident").description("Searches with no confident answer")
                .register(registry).increment();
    }

    /** A request or message refused by a rate limit; kind names the bucket ({@code address}, {@code session}, ...). */
    public void rateLimited(String kind) {
        Counter.builder("safepace.rate.limit.refusals").description("Requests refused by a rate limit")
                .tag("kind", label(kind)).register(registry).increment();
    }

    public void timeQueryEmbedding(long nanos) {
        queryEmbedding.record(Duration.ofNanos(nanos));
    }

    /** The number of conversations currently remembered. */
    public void watchSessions(LongSupplier count) {
        watched.add(count);
        Gauge.builder("safepace.sessions", count, LongSupplier::getAsLong)
                .description("Conversations currently remembered").register(registry);
    }

    /**
     * A messaging channel's outgoing sender: replies waiting to be sent, and deliveries by outcome
     * ({@code delivered}, or {@code failed}: refused by the platform or given up on after retries).
     */
    public void watchSender(String channel, IntSupplier pending, LongSupplier delivered, LongSupplier failed) {
        String name = label(channel);
        watched.addAll(List.of(pending, delivered, failed));
        Gauge.builder("safepace.sender.queue", pending, IntSupplier::getAsInt)
                .description("Replies waiting to be sent").tag("channel", name).register(registry);
        FunctionCounter.builder("safepace.deliveries", delivered, LongSupplier::getAsLong)
                .description("Outgoing deliveries by outcome").tag("channel", name).tag("outcome", "delivered")
                .register(registry);
        FunctionCounter.builder("safepace.deliveries", failed, LongSupplier::getAsLong)
                .description("Outgoing deliveries by outcome").tag("channel", name).tag("outcome", "failed")
                .register(registry);
    }

    static String label(Enum<?> value) {
        return value == null ? "none" : label(value.name().toLowerCase(Locale.ROOT));
    }

    /** Not lower-cased on purpose: a mixed-case value (a session id, a sentence) is never a code name. */
    static String label(String value) {
        if (value == null) {
            return "none";
        }
        return LABEL.matcher(value).matches() ? value : OTHER;
    }
}
