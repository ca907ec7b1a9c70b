package care.backcare.tracker.pain;

/**
 * Signs that call for a professional rather than more stretching: the guide's own (pain down the
 * leg, numbness, worse at night) and the clinical red-flag list. Each is asked in plain words.
 */
public enum RedFlag {
    PAIN_RADIATING_DOWN_LEG("Pain shooting down a leg", "Does the pain shoot down one or both legs?", false),
    NUMBNESS_OR_TINGLING("Numbness or tingling", "Do you have numbness or pins and needles?", false),
    WORSE_AT_NIGHT("Worse at night", "Is the pain worse at night, or does it wake you up?", false),
    LEG_WEAKNESS("Leg weakness", "Is a leg or foot weak, or does it give way?", true),
    BLADDER_OR_BOWEL_CHANGE("Bladder or bowel change",
            "Any new trouble controlling or passing urine or stools?", true),
    SADDLE_NUMBNESS("Saddle numbness",
            "Numbness around the groin, buttocks or inner thighs (where you'd sit on a saddle)?", true),
    FEVER_OR_WEIGHT_LOSS("Fever or unexplained weight loss",
            "Have you had a fever, or lost weight without trying?", false);

    private final String label;
    private final String question;
    private final boolean urgent;

    RedFlag(String label, String question, boolean urgent) {
        this.label = label;
        this.question = question;
        this.urgent = urgent;
    }

    public String label() {
        return label;
    }

    public String question() {
        return question;
    }

    public Urgency urgency() {
        return urgent ? Urgency.URGENT : Urgency.SEE_A_PROFESSIONAL;
    }
}
