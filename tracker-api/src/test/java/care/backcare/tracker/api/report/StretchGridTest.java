package care.backcare.tracker.api.report;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The overview's weeks × stretches grid: six weeks of a right-side pigeon pose never done are there to see. */
class StretchGridTest extends PostgresApiTest {

    @Test
    void a_side_never_done_shows_as_skipped_in_every_week_it_was_planned() {
        Api.Patient patient = api.register("Europe/Lisbon");
        clock.set(Instant.parse("2026-10-01T08:00:00Z"));
        assertThat(api.put("/api/me/routine", patient.auth(),
                "{\"stretches\":[\"cat-cow\",\"pigeon-pose\"],\"minutesPerDay\":10,\"daysPerWeek\":3}").status()).isEqualTo(200);
        clock.set(Instant.parse("2026-11-18T12:00:00Z"));
        // Tuesdays of W41..W46: the pigeon pose on the left only, cat-cow as planned
        LocalDate tuesday = LocalDate.of(2026, 10, 6);
        for (int week = 0; week < 6; week++) {
            String at = tuesday.plusWeeks(week) + "T07:00:00Z";
            String notes = week == 0 ? ",\"notes\":\"right hip too sore for the pigeon\"" : "";
            assertThat(api.put("/api/me/sessions/" + UUID.randomUUID(), patient.auth(), """
                    {"completedAt":"%s","durationMinutes":10,"painDuring":"NONE"%s,"exercises":[
                     {"stretch":"cat-cow","holdSeconds":0,"reps":8},
                     {"stretch":"pigeon-pose","holdSeconds":30,"reps":1,"side":"LEFT"}]}""".formatted(at, notes)).status())
                    .isEqualTo(201);
        }
        await().atMost(Duration.ofSeconds(15)).until(() ->
                api.get("/api/me/sessions?from=2026-10-01&to=2026-11-18", patient.auth()).json().size() == 6);

        JsonNode overview = api.get("/api/me/overview?weeks=8", patient.auth()).json();
        // the notes of the whole window, not only of the report's week
        assertThat(overview.get("report").get("notes")).isEmpty();
        assertThat(overview.get("windowNotes")).hasSize(1);
        assertThat(overview.get("windowNotes").get(0).get("text").asString()).isEqualTo("right hip too sore for the pigeon");
        JsonNode grid = overview.get("stretchGrid");
        assertThat(grid.get("weeks")).hasSize(8);
        assertThat(grid.get("weeks").get(0).asString()).isEqualTo("2026-W40");
        JsonNode left = row(grid, "pigeon-pose", "LEFT");
        JsonNode right = row(grid, "pigeon-pose", "RIGHT");
        JsonNode catCow = row(grid, "cat-cow", null);
        for (int week = 1; week <= 6; week++) { // W41..W46
            assertThat(left.get("cells").get(week).get("done").asInt()).isEqualTo(1);
            assertThat(right.get("cells").get(week).get("done").asInt()).isZero();
            assertThat(right.get("cells").get(week).get("planned").asBoolean()).isTrue();
            assertThat(right.get("cells").get(week).get("skipped").asBoolean()).isTrue();
            assertThat(catCow.get("cells").get(week).get("done").asInt()).isEqualTo(1);
        }
        // W40 began before the first entry: not tracked, so nothing was planned, nothing skipped
        assertThat(right.get("cells").get(0).get("planned").asBoolean()).isFalse();
        assertThat(right.get("name").asString()).isEqualTo("Pigeon pose");
    }

    private static JsonNode row(JsonNode grid, String stretch, String side) {
        for (JsonNode row : grid.get("rows")) {
            boolean sameSide = side == null ? row.get("side").isNull() : side.equals(row.get("side").asString());
            if (row.get("stretchId").asString().equals(stretch) && sameSide) {
                return row;
            }
        }
        throw new AssertionError("no row for " + stretch + " " + side + " in " + grid);
    }
}
