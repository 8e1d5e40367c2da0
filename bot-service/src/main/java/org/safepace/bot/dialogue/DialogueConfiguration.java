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
import org.safepace.bot.system.SafePaceMetrics;
import org.safepace.bot.wording.ReplyWording;
import org.safepace.bot.wording.ToneCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DialogueConfiguration {

    @Bean
    SessionStore sessionStore(SessionProperties properties, SafePaceMetrics metrics) {
        SessionStore store = new SessionStore(properties, Ticker.systemTicker());
        metrics.watchSessions(store::size);
        return store;
    }

    @Bean
    ConversationService conversationService(SessionStore sessions, SafetyScreen safetyScreen,
                                            SeekCareMessages seekCare, OutboundCheck outboundCheck,
                                            ToneCheck toneCheck, GuidanceRetriever retriever, AnswerComposer composer,
                                            ReplyWording wording, ClinicHours clinicHours, SafetyContacts contacts,
                                            CallbackProperties callbacks, SafePaceMetrics metrics) {
        return new ConversationService(sessions, safetyScreen, seekCare, outboundCheck, toneCheck, retriever,
                composer, wording, new ClinicContactReply(clinicHours, contacts, wording), contacts,
                new CallbackOffer(callbacks.enabled(), clinicHours, wording), metrics);
    }
}
