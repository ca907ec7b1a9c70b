package care.backcare.tracker.pain;

public enum Urgency {
    /** Same-day care: possible nerve compression (cauda equina) or a progressing deficit. */
    URGENT,
    SEE_A_PROFESSIONAL
}
