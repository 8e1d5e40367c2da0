package org.safepace.bot.dialogue;

import com.github.benmanes.caffeine.cache.Ticker;
import org.safepace.bot.answer.AnswerComposer;
import org.safepace.bot.callback.CallbackProperties;
import org.safepace.bot.clinic.ClinicHours;
import org.safepace.bot.retrieval.GuidanceRetriever;
import org.safepace.bot.safety.OutboundCheck;
import org.safepace.bot.safety.SafetyContacts;
import org.safepace.bot.safety.SafetyScreen;
import org.safepace.bot.safety.SeekCareMessages;
import org.safepace.bot.state.RedisLeases;
import org.safepace.bot.state.RedisState;
import org.safepace.bot.state.StateProperties;
import org.safepace.bot.system.SafePaceMetrics;
import org.safepace.bot.wording.ReplyWording;
import org.safepace.bot.wording.ToneCheck;
import org.safepace.bot.wording.PromptFiles;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DialogueConfiguration {

    @Bean
    @ConditionalOnProperty(name = "safepace.state.store", havingValue = "memory", matchIfMissing = true)
    SessionStore memorySessionStore(SessionProperties properties, SafePaceMetrics metrics) {
        MemorySessionStore store = new MemorySessionStore(properties, Ticker.systemTicker());
        // Only this instance's sessions are countable here; with Redis they are shared (count them in Redis).
        metrics.watchSessions(store::size);
        return store;
    }

    @Bean
    @ConditionalOnProperty(name = "safepace.state.store", havingValue = "memory", matchIfMissing = true)
    ConversationLock memoryConversationLock(StateProperties state) {
        return new MemoryConversationLock(state.lockWait());
    }

    @Bean
    @ConditionalOnProperty(name = "safepace.state.store", havingValue = "redis")
    SessionStore redisSessionStore(RedisState redis, SessionProperties properties) {
        return new RedisSessionStore(redis, properties);
    }

    @Bean
    @ConditionalOnProperty(name = "safepace.state.store", havingValue = "redis")
    ConversationLock redisConversationLock(RedisLeases leases, StateProperties state) {
        return new RedisConversationLock(leases, state);
    }

    @Bean
    ConversationService conversationService(SessionStore sessions, ConversationLock locks, SafetyScreen safetyScreen,
                                            SeekCareMessages seekCare, OutboundCheck outboundCheck,
                                            ToneCheck toneCheck, GuidanceRetriever retriever, AnswerComposer composer,
                                            ReplyWording wording, ClinicHours clinicHours, SafetyContacts contacts,
                                            CallbackProperties callbacks, SafePaceMetrics metrics,
                                            UnderstandingBank understandingBank) {
        return new ConversationService(sessions, locks, safetyScreen, seekCare, outboundCheck, toneCheck, retriever,
                composer, wording, new ClinicContactReply(clinicHours, contacts, wording), contacts,
                new CallbackOffer(callbacks.enabled(), clinicHours, wording), metrics, understandingBank);
    }

    /** The understanding banks from the prompts folder, embedded once at start-up with the query embedding. */
    @Bean
    UnderstandingBank understandingBank(PromptFiles prompts, GuidanceRetriever retriever) {
        return new UnderstandingBank(prompts::read, retriever::exampleVectors);
    }
}
