package care.backcare.tracker.rest;

/** Why a patient rested: the guide advises rest when the back is inflamed, sharp or suddenly worse. */
public enum RestDayReason {
    FLARE_UP,
    ADVISED,
    ILLNESS,
    OTHER
}
