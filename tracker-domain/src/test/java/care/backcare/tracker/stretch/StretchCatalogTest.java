package care.backcare.tracker.stretch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StretchCatalogTest {

    @Test
    void covers_every_movement_of_the_guide() {
        assertThat(StretchCatalog.all()).extracting(Stretch::id).containsExactlyInAnyOrder(
                "childs-pose", "cat-cow", "seated-forward-fold", "knee-to-chest", "pigeon-pose", "lizard-pose",
                "thoracic-extension", "wall-angels", "dead-bug", "bird-dog", "glute-bridge", "hip-circles",
                "leg-swings", "foam-rolling", "massage-ball");
    }

    @Test
    void ids_are_kebab_case_and_every_stretch_has_steps_and_regions() {
        assertThat(StretchCatalog.all()).allSatisfy(stretch -> {
            assertThat(stretch.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(stretch.steps()).isNotEmpty();
            assertThat(stretch.regions()).isNotEmpty();
            assertThat(stretch.cautions()).isNotEmpty();
            assertThat(stretch.defaultReps()).isPositive();
        });
    }

    @Test
    void carries_the_guides_doses() {
        assertThat(StretchCatalog.find("childs-pose")).hasValueSatisfying(s -> assertThat(s.defaultHoldSeconds()).isEqualTo(30));
        assertThat(StretchCatalog.find("cat-cow")).hasValueSatisfying(s -> {
            assertThat(s.defaultHoldSeconds()).isEqualTo(60);
            assertThat(s.bestTime()).isEqualTo(BestTime.MORNING);
        });
        assertThat(StretchCatalog.find("seated-forward-fold")).hasValueSatisfying(s -> assertThat(s.defaultReps()).isEqualTo(2));
        assertThat(StretchCatalog.find("knee-to-chest")).hasValueSatisfying(s -> {
            assertThat(s.defaultHoldSeconds()).isEqualTo(20);
            assertThat(s.perSide()).isTrue();
        });
        assertThat(StretchCatalog.find("wall-angels")).hasValueSatisfying(s -> assertThat(s.defaultReps()).isEqualTo(10));
        assertThat(StretchCatalog.find("foam-rolling")).hasValueSatisfying(
                s -> assertThat(s.cautions()).anyMatch(c -> c.contains("Never roll directly on the spine")));
        assertThat(StretchCatalog.find("seated-forward-fold")).hasValueSatisfying(
                s -> assertThat(s.cautions()).anyMatch(c -> c.contains("no bouncing")));
    }

    @Test
    void the_starter_routine_is_the_guides_best_stretches_to_start_with() {
        assertThat(StretchCatalog.STARTER_ROUTINE)
                .isEqualTo(List.of("childs-pose", "cat-cow", "seated-forward-fold", "knee-to-chest"))
                .allMatch(StretchCatalog::contains);
    }
}
