package org.safepace.bot.channel.telegram;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The Telegram beans exist only when its bot token and webhook secret are set (and not blank); without them the
 * webhook path answers 404 like any unknown path.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Conditional(ConditionalOnTelegram.Configured.class)
@interface ConditionalOnTelegram {

    final class Configured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Binder binder = Binder.get(context.getEnvironment());
            boolean token = hasText(binder, "safepace.channels.telegram.bot-token");
            boolean secret = hasText(binder, "safepace.channels.telegram.secret-token");
            return token && secret
                    ? ConditionOutcome.match("Telegram bot token and secret token are set")
                    : ConditionOutcome.noMatch("Telegram is not configured");
        }

        private static boolean hasText(Binder binder, String name) {
            return binder.bind(name, String.class).map(StringUtils::hasText).orElse(false);
        }
    }
}
