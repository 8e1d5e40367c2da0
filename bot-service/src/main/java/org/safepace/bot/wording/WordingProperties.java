package org.safepace.bot.wording;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the bot's wording is read from.
 *
 * @param location a Spring resource location of the prompts folder; the copy inside the jar by default
 */
@ConfigurationProperties("safepace.prompts")
public record WordingProperties(@DefaultValue("classpath:prompts/") String location) {
}
