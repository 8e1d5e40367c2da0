package org.safepace.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** SafePace: kind, private guidance about vaginismus for the person living with it and for partners. */
// The data source exists only when call-backs are enabled (see CallbackConfiguration): no database otherwise.
@SpringBootApplication(excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConfigurationPropertiesScan
public class SafePaceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafePaceApplication.class, args);
    }
}
