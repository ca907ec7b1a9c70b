package care.backcare.tracker.share;

/** What a physiotherapist looked at through a share link. */
public enum SharedView {
    PAGE,
    SUMMARY,
    TRENDS,
    REPORT
}
