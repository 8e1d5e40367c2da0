package org.safepace.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** SafePace: kind, private guidance about vaginismus for the person living with it and for partners. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafePaceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafePaceApplication.class, args);
    }
}
