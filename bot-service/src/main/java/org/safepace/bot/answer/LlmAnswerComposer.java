package org.safepace.bot.answer;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepace.bot.safety.OutboundCheck;
import org.safepace.bot.system.SafePaceMetrics;
import org.safepace.bot.wording.LlmPrompts;
import org.safepace.bot.wording.ToneCheck;
import org.safepace.knowledge.PassageHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with an LLM that sees only the retrieved passages and must cite them by id. Whenever the model is slow,
 * fails, cites nothing it was given, or writes something the safety or tone check rejects, the extractive answer is
 * used instead: the person asking never sees an error.
 */
final class LlmAnswerComposer implements AnswerComposer {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerComposer.class);
    private static final Pattern CITATION = Pattern.compile("\\s*\\[([a-z0-9-]+#[a-z0-9-]+)]");

    private final LlmCall llm;
    private final LlmPrompts prompts;
    private final AnswerComposer fallback;
    private final OutboundCheck outboundCheck;
    private final ToneCheck toneCheck;
    private final Duration deadline;
    private final SafePaceMetrics metrics;

    LlmAnswerComposer(LlmCall llm, LlmPrompts prompts, AnswerComposer fallback, OutboundCheck outboundCheck,
                      ToneCheck toneCheck, Duration deadline, SafePaceMetrics metrics) {
        this.llm = llm;
        this.prompts = prompts;
        this.fallback = fallback;
        this.outboundCheck = outboundCheck;
        this.toneCheck = toneCheck;
        this.deadline = deadline;
        this.metrics = metrics;
    }

    @Override
    public ComposedAnswer compose(AnswerRequest request) {
        String raw;
        try {
            raw = callWithDeadline(messages(request));
        } catch (TimeoutException e) {
            log.warn("llm answer fell back to extractive reason=deadline");
            metrics.llmFallback("deadline");
            return fallback.compose(request);
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            log.warn("llm answer fell back to extractive reason={}", cause.getClass().getSimpleName());
            metrics.llmFallback("error");
            return fallback.compose(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            metrics.llmFallback("interrupted");
            return fallback.compose(request);
        }
        return cited(raw, request)
                .filter(answer -> passesChecks(answer.text()))
                .orElseGet(() -> fallback.compose(request));
    }

    private String callWithDeadline(List<ChatMessage> messages)
            throws TimeoutException, ExecutionException, InterruptedException {
        CompletableFuture<String> call = llm.start(messages);
        try {
            return call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            call.cancel(true);
        }
    }

    private List<ChatMessage> messages(AnswerRequest request) {
        StringBuilder passages = new StringBuilder();
        for (PassageHit hit : request.passages()) {
            passages.append('[').append(hit.passageId()).append("] ").append(hit.title()).append(" — ")
                    .append(hit.section()).append('\n').append(hit.text()).append("\n\n");
        }
        String audience = switch (request.audience()) {
            case PARTNER -> "a partner supporting someone with vaginismus";
            case SELF -> "a person living with vaginismus";
            case BOTH -> "not yet known (the person, or a partner)";
        };
        return List.of(
                SystemMessage.from(prompts.system().render(Map.of("audience", audience))),
                UserMessage.from(prompts.answer().render(Map.of(
                        "passages", passages.toString().strip(), "question", request.question()))));
    }

    /** The answer with its citations turned into sources; empty when it cites no passage it was given. */
    private Optional<ComposedAnswer> cited(String raw, AnswerRequest request) {
        if (raw == null || raw.isBlank()) {
            log.warn("llm answer fell back to extractive reason=empty");
            metrics.llmFallback("empty");
            return Optional.empty();
        }
        Map<String, PassageHit> given = new LinkedHashMap<>();
        request.passages().forEach(hit -> given.put(hit.passageId(), hit));
        List<PassageHit> used = new ArrayList<>();
        Matcher m = CITATION.matcher(raw);
        while (m.find()) {
            PassageHit hit = given.get(m.group(1));
            if (hit != null && !used.contains(hit)) {
                used.add(hit);
            }
        }
        if (used.isEmpty()) {
            log.warn("llm answer fell back to extractive reason=no-citation");
            metrics.llmFallback("no-citation");
            return Optional.empty();
        }
        String text = CITATION.matcher(raw).replaceAll("").replaceAll("<[^>]*>", "").strip();
        return Optional.of(new ComposedAnswer(text, used, "llm"));
    }

    private boolean passesChecks(String text) {
        var verdict = outboundCheck.check(text);
        boolean toneOk = toneCheck.firstViolation(text).isEmpty();
        if (!verdict.allowed() || !toneOk) {
            log.warn("llm answer fell back to extractive reason=outbound-check safety={} tone={}",
                    verdict.reasons(), !toneOk);
            metrics.llmFallback("outbound-check");
            return false;
        }
        return true;
    }
}
