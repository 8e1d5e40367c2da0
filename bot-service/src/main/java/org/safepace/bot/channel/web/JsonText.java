package org.safepace.bot.channel.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A request field that must be a JSON string: Jackson would otherwise read {@code 42} or {@code true} as "42" and
 * "true", and the API contract says a wrongly typed field is a 400 that names it. Scoped to our request records, so
 * the platforms' webhook payloads keep Jackson's usual leniency.
 */
final class JsonText extends StdScalarDeserializer<String> {

    JsonText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            return parser.getString();
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }
}
