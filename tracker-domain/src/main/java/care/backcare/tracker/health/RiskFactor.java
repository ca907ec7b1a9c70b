package care.backcare.tracker.health;

/**
 * Parts of a patient's history that make some red flags more urgent ({@code RedFlagTriage}'s escalations).
 * Asked once after sign-up, changeable later, shown to the patient's clinicians and in the report header.
 */
public enum RiskFactor {
    HISTORY_OF_CANCER("History of cancer"),
    OSTEOPOROSIS_OR_LONG_TERM_STEROIDS("Osteoporosis or long-term steroids"),
    IMMUNOSUPPRESSED("Immunosuppressed"),
    AGE_70_OR_OVER("Aged 70 or over");

    private final String label;

    RiskFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
