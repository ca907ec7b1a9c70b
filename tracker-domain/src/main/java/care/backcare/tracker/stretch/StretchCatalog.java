package care.backcare.tracker.stretch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static care.backcare.tracker.body.BodyRegion.HIPS;
import static care.backcare.tracker.body.BodyRegion.LEGS;
import static care.backcare.tracker.body.BodyRegion.LOWER_BACK;
import static care.backcare.tracker.body.BodyRegion.MID_BACK;
import static care.backcare.tracker.body.BodyRegion.NECK;
import static care.backcare.tracker.body.BodyRegion.UPPER_BACK;
import static care.backcare.tracker.stretch.BestTime.ANY;
import static care.backcare.tracker.stretch.BestTime.EVENING;
import static care.backcare.tracker.stretch.BestTime.MORNING;
import static care.backcare.tracker.stretch.StretchKind.DYNAMIC;
import static care.backcare.tracker.stretch.StretchKind.SELF_MASSAGE;
import static care.backcare.tracker.stretch.StretchKind.STATIC_HOLD;
import static care.backcare.tracker.stretch.StretchKind.STRENGTH;

/**
 * Every movement of the stretching guide the product is built around, with the guide's own doses,
 * steps and cautions. Where the guide names no dose, the dose is the guide's general one (a hold of
 * at least 30 seconds, "a few" repetitions read as 10).
 */
public final class StretchCatalog {

    static final String NO_BOUNCING = "Don't bounce: slow, steady movements are safer and more effective.";
    /** The guide's general rules (v1.1): on every stretch, first. */
    public static final String STOP_IF_IT_HURTS = "Stop if it hurts — sharp pain is a no-go.";
    public static final String STOP_IF_IT_SPREADS = "Stop if pain spreads into your buttock or leg, or you get tingling.";
    static final List<String> GENERAL_RULES = List.of(STOP_IF_IT_HURTS, STOP_IF_IT_SPREADS);
    static final String ASK_FIRST_WITH_OSTEOPOROSIS = "Ask a professional first if you have osteoporosis.";
    static final String BREATHE = "Breathe: holding your breath increases tension.";
    static final String WARM_UP = "Warm up first if you're tight.";

    private static final Map<String, Stretch> BY_ID = index(List.of(
            new Stretch("childs-pose", "Child's pose", STATIC_HOLD, Set.of(LOWER_BACK, HIPS),
                    30, 1, false, ANY,
                    List.of("Kneel on the floor and sit back on your heels.",
                            "Reach your arms forward and lower your torso between your thighs.",
                            "Breathe deeply and hold for at least 30 seconds."),
                    List.of(BREATHE)),
            new Stretch("cat-cow", "Cat-cow", DYNAMIC, Set.of(LOWER_BACK, MID_BACK, UPPER_BACK, NECK),
                    60, 1, false, MORNING,
                    List.of("Start on your hands and knees, wrists under shoulders and knees under hips.",
                            "Inhale, arch your back, lift your head and tailbone (cow).",
                            "Exhale, round your back and tuck your chin (cat).",
                            "Repeat slowly for 60 seconds."),
                    List.of(NO_BOUNCING, BREATHE)),
            new Stretch("seated-forward-fold", "Seated forward fold", STATIC_HOLD, Set.of(LOWER_BACK, LEGS),
                    30, 2, false, EVENING,
                    List.of("Sit with your legs extended straight.",
                            "Hinge at the hips and reach forward, keeping your spine long.",
                            "Hold for 20 to 30 seconds, then repeat."),
                    List.of("Be gentle: no bouncing or forcing it.", WARM_UP,
                            "With leg pain or tingling in the last two weeks, do knee-to-chest instead: "
                                    + "the fold tensions the sciatic nerve.")),
            new Stretch("knee-to-chest", "Knee-to-chest", STATIC_HOLD, Set.of(LOWER_BACK, HIPS),
                    20, 1, true, MORNING,
                    List.of("Lie on your back with your legs extended.",
                            "Bring one knee up toward your chest and hold behind the thigh.",
                            "Hold for 20 seconds, then switch legs."),
                    List.of(BREATHE)),
            new Stretch("hip-circles", "Standing hip circles", DYNAMIC, Set.of(HIPS, LOWER_BACK),
                    0, 10, false, MORNING,
                    List.of("Stand tall with your hands on your hips and feet hip-width apart.",
                            "Draw slow, controlled circles with your hips.",
                            "Do a few circles in each direction."),
                    List.of(NO_BOUNCING)),
            new Stretch("leg-swings", "Leg swings", DYNAMIC, Set.of(HIPS, LEGS),
                    0, 10, true, MORNING,
                    List.of("Stand beside a wall or chair and hold it for balance.",
                            "Swing one leg forward and back with control, letting the range grow gradually.",
                            "Do a few swings, then switch legs."),
                    List.of(NO_BOUNCING, "Keep the swing controlled; don't fling the leg.")),
            new Stretch("pigeon-pose", "Pigeon pose", STATIC_HOLD, Set.of(HIPS, LOWER_BACK),
                    30, 1, true, EVENING,
                    List.of("From hands and knees, bring one knee forward behind the wrist on the same side.",
                            "Extend the other leg straight back and square your hips.",
                            "Sink gently and breathe into the glute and deep rotators, then switch sides."),
                    List.of("It's intense: ease in and go deeper only over time.", WARM_UP,
                            "Ease off with knee pain or after a hip replacement: a lying figure-4 stretch is the "
                                    + "gentler alternative.")),
            new Stretch("lizard-pose", "Lizard pose", STATIC_HOLD, Set.of(HIPS, LEGS),
                    30, 1, true, EVENING,
                    List.of("Step one foot forward to the outside of your hands in a low lunge.",
                            "Lower the back knee and let your hips sink forward to open the hip flexor.",
                            "Hold and breathe, then switch sides."),
                    List.of("Start easy, with a yoga block under your hands at first.", WARM_UP)),
            new Stretch("thoracic-extension", "Thoracic extension over a foam roller", STATIC_HOLD,
                    Set.of(MID_BACK, UPPER_BACK), 30, 1, false, ANY,
                    List.of("Lie on your back with a foam roller under your mid-back (a rolled towel works too).",
                            "Support your head with your hands.",
                            "Gently roll or extend backward over the roller."),
                    List.of("Move gently and support your head.", BREATHE, ASK_FIRST_WITH_OSTEOPOROSIS)),
            new Stretch("wall-angels", "Wall angels", DYNAMIC, Set.of(UPPER_BACK, MID_BACK, NECK),
                    0, 10, false, ANY,
                    List.of("Stand with your back against a wall, arms at 90 degrees.",
                            "Keep your elbows, hands and head touching the wall.",
                            "Slowly raise your arms overhead, then bring them down.",
                            "Do 10 repetitions."),
                    List.of("Elbows, hands and head stay on the wall.", NO_BOUNCING)),
            new Stretch("dead-bug", "Dead bug", STRENGTH, Set.of(LOWER_BACK),
                    0, 10, false, ANY,
                    List.of("Lie on your back with arms and legs up.",
                            "Slowly lower the opposite arm and leg, then return.",
                            "Alternate sides."),
                    List.of("Your lower back must not arch off the floor.", BREATHE)),
            new Stretch("bird-dog", "Bird dog", STRENGTH, Set.of(LOWER_BACK, MID_BACK, HIPS),
                    0, 10, false, ANY,
                    List.of("Start in a tabletop position on hands and knees.",
                            "Extend the opposite arm and leg.",
                            "Focus on balance and control, then alternate sides."),
                    List.of("Move with control; keep your back level.")),
            new Stretch("glute-bridge", "Glute bridge", STRENGTH, Set.of(HIPS, LOWER_BACK, LEGS),
                    0, 10, false, ANY,
                    List.of("Lie on your back with knees bent and feet flat on the floor.",
                            "Press through your heels and lift your hips until knees, hips and shoulders line up.",
                            "Lower slowly and repeat."),
                    List.of("Lift with your glutes, not by arching your lower back.")),
            new Stretch("foam-rolling", "Foam rolling", SELF_MASSAGE, Set.of(HIPS, LEGS),
                    60, 1, false, ANY,
                    List.of("Roll slowly over your glutes and hamstrings.",
                            "Pause on tight spots and breathe.",
                            "A few times a week is enough."),
                    List.of("Never roll directly on the spine, including the lower back: glutes and hamstrings only.",
                            "Ask a professional first if you have osteoporosis, take blood thinners or are pregnant.",
                            BREATHE)),
            new Stretch("massage-ball", "Massage ball", SELF_MASSAGE, Set.of(UPPER_BACK, HIPS),
                    60, 1, false, ANY,
                    List.of("Place a massage or tennis ball under a tight spot: between the shoulder blades or at the piriformis.",
                            "Lie on it and find the knot.",
                            "Breathe and let the pressure ease it."),
                    List.of("Keep the ball off the spine itself.",
                            "At the piriformis, if it tingles or shoots down the leg, move the ball: the sciatic "
                                    + "nerve runs beneath.", BREATHE))));

    /**
     * The routine of a patient who hasn't planned one (v1.1): gentle mobility and core work, as the guide pairs
     * stretching with core strength; no forward fold, which tensions an irritated sciatic nerve.
     */
    public static final List<String> STARTER_ROUTINE =
            List.of("cat-cow", "knee-to-chest", "childs-pose", "glute-bridge");

    /** The gentler stretch the page suggests instead when leg symptoms were logged recently. */
    private static final Map<String, String> ALTERNATIVES_WITH_LEG_SYMPTOMS = Map.of("seated-forward-fold", "knee-to-chest");

    /** How far back a leg symptom (pain down the leg, tingling, numbness) makes the page suggest the alternative. */
    public static final int LEG_SYMPTOM_LOOKBACK_DAYS = 14;

    private StretchCatalog() {
    }

    public static List<Stretch> all() {
        return List.copyOf(BY_ID.values());
    }

    public static Optional<Stretch> find(String id) {
        return Optional.ofNullable(id).map(BY_ID::get);
    }

    /** The stretch to do instead of {@code id} with leg symptoms in the last 14 days, if it has one. */
    public static Optional<String> alternativeWithLegSymptoms(String id) {
        return Optional.ofNullable(id).map(ALTERNATIVES_WITH_LEG_SYMPTOMS::get);
    }

    public static boolean contains(String id) {
        return id != null && BY_ID.containsKey(id);
    }

    /** The general rules first, then the stretch's own cautions. */
    private static Stretch withGeneralRules(Stretch stretch) {
        List<String> cautions = new java.util.ArrayList<>(GENERAL_RULES);
        stretch.cautions().stream().filter(caution -> !cautions.contains(caution)).forEach(cautions::add);
        return new Stretch(stretch.id(), stretch.name(), stretch.kind(), stretch.regions(), stretch.defaultHoldSeconds(),
                stretch.defaultReps(), stretch.perSide(), stretch.bestTime(), stretch.steps(), cautions);
    }

    private static Map<String, Stretch> index(List<Stretch> stretches) {
        Map<String, Stretch> byId = new LinkedHashMap<>();
        stretches.forEach(stretch -> byId.put(stretch.id(), withGeneralRules(stretch)));
        return byId;
    }
}
