package org.safepace.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configuration metadata an IDE completes from (written by spring-boot-configuration-processor at compile time)
 * describes every safepace setting, and every default it declares is the default the application really binds.
 */
class ConfigurationMetadataTests {

    private static JsonNode metadata() throws Exception {
        try (InputStream in = ConfigurationMetadataTests.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor ran").isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }

    @Test
    void everySafePaceSettingIsDescribed() throws Exception {
        List<String> undescribed = new ArrayList<>();
        for (JsonNode property : metadata().get("properties")) {
            String name = property.get("name").asString();
            if (name.startsWith("safepace.") && property.path("description").asString("").isBlank()) {
                undescribed.add(name);
            }
        }
        assertThat(undescribed).isEmpty();
    }

    @Test
    void everyDeclaredDefaultIsTheBoundDefault() throws Exception {
        JsonNode metadata = metadata();
        Map<String, String> groupTypes = new HashMap<>();
        for (JsonNode group : metadata.get("groups")) {
            groupTypes.put(group.get("name").asString(), group.get("type").asString());
        }
        Binder empty = Binder.get(new StandardEnvironment());
        int compared = 0;
        for (JsonNode property : metadata.get("properties")) {
            String name = property.get("name").asString();
            if (!name.startsWith("safepace.") || !property.has("defaultValue")) {
                continue;
            }
            String prefix = name.substring(0, name.lastIndexOf('.'));
            Class<?> type = Class.forName(groupTypes.get(prefix));
            Object bound = empty.bindOrCreate(prefix, type);
            RecordComponent component = component(type, name.substring(prefix.length() + 1));
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.setAccessible(true); // some settings records are package-private
            Object actual = accessor.invoke(bound);
            Object declared = ApplicationConversionService.getSharedInstance()
                    .convert(property.get("defaultValue").asString(), component.getType());
            assertThat(actual).as(name).isEqualTo(declared);
            compared++;
        }
        assertThat(compared).as("defaults compared").isGreaterThanOrEqualTo(10);
    }

    private static RecordComponent component(Class<?> type, String kebab) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().contentEquals(camel)) {
                return component;
            }
        }
        throw new AssertionError(type.getName() + " has no component for " + kebab);
    }
}
