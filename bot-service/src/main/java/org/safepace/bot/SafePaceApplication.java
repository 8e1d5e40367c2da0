package org.safepace.bot;

import java.util.Arrays;
import org.safepace.bot.articlecheck.ArticleCheckCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** SafePace: kind, private guidance about vaginismus for the person living with it and for partners. */
// The data source exists only when call-backs are enabled (see CallbackConfiguration): no database otherwise.
@SpringBootApplication(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConfigurationPropertiesScan
public class SafePaceApplication {

    public static void main(String[] args) {
        // An operator's article check needs no server, so it runs before Spring starts.
        if (args.length > 0 && args[0].equals(ArticleCheckCommand.NAME)) {
            System.exit(ArticleCheckCommand.run(Arrays.asList(args).subList(1, args.length), System.out));
        }
        SpringApplication.run(SafePaceApplication.class, args);
    }
}
