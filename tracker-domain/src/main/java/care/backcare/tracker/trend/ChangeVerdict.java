package care.backcare.tracker.trend;

/** What the change in pain between the baseline and the latest 14 days amounts to (api.md, Trends). */
public enum ChangeVerdict {
    IMPROVED,
    WORSENED,
    NO_CLEAR_CHANGE,
    NOT_ENOUGH_DATA;

    public boolean meaningful() {
        return this == IMPROVED || this == WORSENED;
    }
}
