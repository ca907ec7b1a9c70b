package care.backcare.tracker.api.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Clients get exactly what they send or a 400: no silent coercion of "5" to 5 or 4.7 to 4, no
 * ignored misspelt fields, no duplicate keys, no epoch numbers taken for instants.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfig {

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Integer, config -> failOnAnythingButItsOwnShape(config))
                .withCoercionConfig(LogicalType.Float, config -> failOnAnythingButItsOwnShape(config))
                .withCoercionConfig(LogicalType.Boolean, config -> failOnAnythingButItsOwnShape(config))
                .withCoercionConfig(LogicalType.Textual, config -> failOnAnythingButItsOwnShape(config))
                .withCoercionConfig(LogicalType.Enum, config -> failOnAnythingButItsOwnShape(config))
                .addModule(new SimpleModule("strict-instants").addDeserializer(Instant.class, new IsoInstantDeserializer()));
    }

    private static void failOnAnythingButItsOwnShape(tools.jackson.databind.cfg.MutableCoercionConfig config) {
        for (CoercionInputShape shape : CoercionInputShape.values()) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Instants are ISO-8601 strings with an offset ("2026-11-16T07:30:00Z"), nothing else. */
    static final class IsoInstantDeserializer extends ValueDeserializer<Instant> {

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getString();
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
            }
        }
    }
}
