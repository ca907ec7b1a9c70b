package care.backcare.tracker.api.config;

import care.backcare.tracker.body.BodyRegion;
import care.backcare.tracker.pain.PainLoggedEvent;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.pain.TriageLevel;
import care.backcare.tracker.pain.Urgency;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pain entry stored by v1, as its Jackson serializer wrote it (the fixture was produced from the v1 code
 * before the v1.1 triage): it still reads, keeps its flags and the urgency given then, and is triaged at its
 * level under the current table.
 */
class V1PainEventFixtureTest {

    static String fixture() throws IOException {
        try (InputStream in = V1PainEventFixtureTest.class.getResourceAsStream("/fixtures/events/v1-pain-logged-event.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_v1_pain_event_still_deserializes_and_is_triaged_under_the_current_table() throws IOException {
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new AxonConfig().defaultAxonObjectMapper()).build();
        SerializedObject<String> stored = new SimpleSerializedObject<>(fixture(), String.class,
                new SimpleSerializedType(PainLoggedEvent.class.getName(), "1"));

        PainLoggedEvent event = serializer.deserialize(stored);

        assertThat(event.recordedAt()).isEqualTo(Instant.parse("2026-11-18T07:30:00Z"));
        assertThat(event.timeZone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(event.score()).isEqualTo(6);
        assertThat(event.regions()).containsExactlyInAnyOrder(BodyRegion.LOWER_BACK, BodyRegion.LEGS);
        assertThat(event.redFlags()).containsExactlyInAnyOrder(RedFlag.PAIN_RADIATING_DOWN_LEG, RedFlag.SADDLE_NUMBNESS,
                RedFlag.FEVER_OR_WEIGHT_LOSS);
        // the advice given then is kept; the level shown is today's
        assertThat(event.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(RedFlagTriage.levelOf(event.redFlags(), Set.of())).contains(TriageLevel.EMERGENCY);
        assertThat(RedFlagTriage.levelOf(RedFlag.FEVER_OR_WEIGHT_LOSS, Set.of())).isEqualTo(TriageLevel.SAME_DAY);
        // and the same content written again by a v1 client is recognised as the same write
        assertThat(event.content().fingerprint()).isEqualTo(new PainLoggedEvent(event.patientId(), event.entryId(),
                event.recordedAt(), event.timeZone(), 6, Set.of(BodyRegion.LEGS, BodyRegion.LOWER_BACK),
                Set.of(RedFlag.FEVER_OR_WEIGHT_LOSS, RedFlag.SADDLE_NUMBNESS, RedFlag.PAIN_RADIATING_DOWN_LEG),
                Urgency.URGENT, "Shooting pain down the left leg since Sunday").content().fingerprint());
    }
}
