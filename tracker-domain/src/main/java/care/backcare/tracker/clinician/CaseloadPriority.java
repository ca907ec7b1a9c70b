package care.backcare.tracker.clinician;

/** Who needs attention first, most urgent first (api.md, Clinicians). */
public enum CaseloadPriority {
    EMERGENCY,
    SAME_DAY,
    ATTENTION,
    ON_TRACK
}
