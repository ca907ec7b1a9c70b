package care.backcare.tracker.clinician;

/** Why a patient is on the caseload's watch list (api.md, Clinicians). */
public enum CaseloadReason {
    /** An entry with an emergency-level red flag, not yet acknowledged. */
    RED_FLAG_EMERGENCY,
    /** An entry with a same-day red flag, not yet acknowledged. */
    RED_FLAG_SAME_DAY,
    /** An entry with a red flag to see someone soon, not yet acknowledged. */
    RED_FLAG_SOON,
    /** The change in pain since the baseline is a meaningful worsening. */
    PAIN_WORSENED,
    /** A session in the last 14 days with sharp pain, not yet acknowledged. */
    SHARP_PAIN,
    /** Adherence over the last 14 complete days below one half. */
    LOW_ADHERENCE,
    /** No session, pain entry or rest day on the last 7 dates. */
    NO_RECENT_ENTRIES
}
