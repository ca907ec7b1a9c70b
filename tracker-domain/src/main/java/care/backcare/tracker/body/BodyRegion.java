package care.backcare.tracker.body;

/** Where a patient feels pain, and which parts of the body a stretch works. */
public enum BodyRegion {
    LOWER_BACK,
    MID_BACK,
    UPPER_BACK,
    NECK,
    HIPS,
    LEGS
}
