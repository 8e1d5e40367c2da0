package org.safepace.bot.channel.whatsapp;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The WhatsApp beans exist only when its app secret, verify token, access token and phone number id are all set;
 * without them the webhook path answers 404 like any unknown path.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Conditional(ConditionalOnWhatsApp.Configured.class)
@interface ConditionalOnWhatsApp {

    final class Configured extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Binder binder = Binder.get(context.getEnvironment());
            boolean all = Stream.of("app-secret", "verify-token", "access-token", "phone-number-id")
                    .allMatch(name -> binder.bind("safepace.channels.whatsapp." + name, String.class)
                            .map(StringUtils::hasText).orElse(false));
            return all ? ConditionOutcome.match("WhatsApp secrets and number are set")
                    : ConditionOutcome.noMatch("WhatsApp is not configured");
        }
    }
}
