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
    void the_starter_routine_pairs_gentle_mobility_with_core_work() {
        assertThat(StretchCatalog.STARTER_ROUTINE)
                .isEqualTo(List.of("cat-cow", "knee-to-chest", "childs-pose", "glute-bridge"))
                .allMatch(StretchCatalog::contains);
    }

    @Test
    void every_stretch_carries_both_general_rules_first() {
        assertThat(StretchCatalog.all()).allSatisfy(stretch -> assertThat(stretch.cautions()).startsWith(
                "Stop if it hurts — sharp pain is a no-go.",
                "Stop if pain spreads into your buttock or leg, or you get tingling."));
    }

    @Test
    void the_per_stretch_cautions_of_the_domain_notes_are_on_their_stretches() {
        assertThat(StretchCatalog.find("seated-forward-fold").orElseThrow().cautions())
                .anyMatch(c -> c.contains("knee-to-chest instead"));
        assertThat(StretchCatalog.find("foam-rolling").orElseThrow().cautions())
                .anyMatch(c -> c.contains("including the lower back"))
                .anyMatch(c -> c.contains("osteoporosis") && c.contains("blood thinners") && c.contains("pregnant"));
        assertThat(StretchCatalog.find("foam-rolling").orElseThrow().steps()).noneMatch(s -> s.contains("lower back"));
        assertThat(StretchCatalog.find("massage-ball").orElseThrow().cautions())
                .anyMatch(c -> c.contains("piriformis") && c.contains("sciatic nerve"));
        assertThat(StretchCatalog.find("pigeon-pose").orElseThrow().cautions())
                .anyMatch(c -> c.contains("hip replacement") && c.contains("figure-4"));
        assertThat(StretchCatalog.find("thoracic-extension").orElseThrow().cautions())
                .anyMatch(c -> c.contains("osteoporosis"));
    }

    @Test
    void with_leg_symptoms_the_forward_fold_gives_way_to_knee_to_chest() {
        assertThat(StretchCatalog.alternativeWithLegSymptoms("seated-forward-fold")).contains("knee-to-chest");
        assertThat(StretchCatalog.alternativeWithLegSymptoms("cat-cow")).isEmpty();
    }
}
