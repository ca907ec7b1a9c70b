package care.backcare.tracker.stretch;

/** The guide: gentle mobility in the morning, deeper holds in the evening. */
public enum BestTime {
    ANY,
    MORNING,
    EVENING
}
