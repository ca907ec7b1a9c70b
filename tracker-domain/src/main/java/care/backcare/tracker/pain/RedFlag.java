package care.backcare.tracker.pain;

/**
 * Signs that call for a professional rather than more stretching: the guide's own (pain down the
 * leg, numbness, worse at night) and the clinical red-flag list, each asked in the patient's words
 * (domain.md). How fast each needs care is {@link RedFlagTriage}'s table, not this enum's.
 *
 * <p>The v1 flags that are no longer asked ({@code asked == false}) stay accepted: stored entries keep them
 * and old clients may still send them.
 */
public enum RedFlag {
    // The v1 constants keep their order: a fingerprint (and so a snapshot) lists flags in enum order.
    PAIN_RADIATING_DOWN_LEG("Pain shooting down a leg", "Pain that shoots down one leg?", true, true),
    NUMBNESS_OR_TINGLING("Numbness or tingling", "Pins and needles or numbness in one leg or foot?", true, true),
    /** v1, no longer asked. */
    WORSE_AT_NIGHT("Worse at night", "Is the pain worse at night, or does it wake you up?", false, false),
    /** v1, no longer asked: a weak leg of unknown course; the v1.1 question asks whether it is new or worsening. */
    LEG_WEAKNESS("Leg weakness", "A leg or foot that is weak or gives way?", false, true),
    BLADDER_OR_BOWEL_CHANGE("Bladder or bowel change",
            "New trouble peeing, or controlling your bladder or bowels?", true, false),
    SADDLE_NUMBNESS("Saddle numbness",
            "Numbness around your bottom, genitals or inner thighs (where you'd sit on a saddle)?", true, true),
    /** v1, no longer asked: fever and weight loss are asked apart. */
    FEVER_OR_WEIGHT_LOSS("Fever or unexplained weight loss",
            "Have you had a fever, or lost weight without trying?", false, false),

    // v1.1
    PAIN_OR_NUMBNESS_IN_BOTH_LEGS("Pain or numbness in both legs",
            "Pain, tingling, numbness or weakness in both legs?", true, true),
    NEW_OR_WORSENING_LEG_WEAKNESS("New or worsening leg weakness",
            "A leg or foot that is newly weak, or getting weaker (tripping, foot slapping, giving way)?", true, true),
    FEVER("Fever", "A fever, or feeling hot and shivery, with your back pain?", true, false),
    UNEXPLAINED_WEIGHT_LOSS("Unexplained weight loss", "Have you lost weight without trying?", true, false),
    RECENT_FALL_OR_INJURY("Recent fall or injury", "Did the pain start after a fall, accident or injury?", true, false),
    CONSTANT_NIGHT_PAIN("Constant night pain",
            "Constant pain at night that doesn't ease when you rest or change position?", true, false);

    /** The questions the page asks, in the order of domain.md's table: the most urgent first. */
    public static final java.util.List<RedFlag> ASKED = java.util.List.of(BLADDER_OR_BOWEL_CHANGE, SADDLE_NUMBNESS,
            PAIN_OR_NUMBNESS_IN_BOTH_LEGS, NEW_OR_WORSENING_LEG_WEAKNESS, FEVER, RECENT_FALL_OR_INJURY,
            PAIN_RADIATING_DOWN_LEG, NUMBNESS_OR_TINGLING, CONSTANT_NIGHT_PAIN, UNEXPLAINED_WEIGHT_LOSS);

    private final String label;
    private final String question;
    private final boolean asked;
    private final boolean legOrNerveSign;

    RedFlag(String label, String question, boolean asked, boolean legOrNerveSign) {
        this.label = label;
        this.question = question;
        this.asked = asked;
        this.legOrNerveSign = legOrNerveSign;
    }

    public String label() {
        return label;
    }

    public String question() {
        return question;
    }

    /** Whether the page asks it (v1.1); a v1 flag no longer asked is still accepted and shown. */
    public boolean asked() {
        return asked;
    }

    /** A sign in the legs or nerves: the advice adds the safety net (what to do if emergency signs appear). */
    public boolean legOrNerveSign() {
        return legOrNerveSign;
    }

    /** Leg pain and tingling alone: common nerve symptoms, usually not dangerous; the page shows them in amber. */
    public boolean nerveSymptom() {
        return this == PAIN_RADIATING_DOWN_LEG || this == NUMBNESS_OR_TINGLING;
    }
}
