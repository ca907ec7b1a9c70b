package care.backcare.tracker.report;

import care.backcare.tracker.trend.Correlation;

import java.util.List;

/** The words beside the scatter chart: the domain's rho and n, or plainly why there is none yet. */
final class AssociationCaption {

    static final String NOT_PROOF = "An association is not proof that the routine caused the change: pain also "
            + "moves with sleep, stress, everyday activity and time.";
    static final String SIGN = "A negative ρ means weeks with higher adherence tended to have lower pain; a positive "
            + "ρ means the opposite; values near 0 show no clear tendency.";

    private AssociationCaption() {
    }

    record Line(String label, String figures, String explanation) {
    }

    static List<Line> lines(Correlation sameWeek, Correlation nextWeek) {
        return List.of(
                line("Same week", sameWeek, "adherence and mean pain of the same week",
                        "week with both adherence and pain", "weeks with both adherence and pain"),
                line("Next week", nextWeek, "adherence of a week and mean pain of the week after",
                        "pair of weeks (adherence, then pain the week after)",
                        "pairs of weeks (adherence, then pain the week after)"));
    }

    private static Line line(String label, Correlation correlation, String what, String one, String many) {
        int n = correlation.n();
        if (!correlation.sufficient()) {
            return new Line(label, figures(correlation),
                    "There " + (n == 1 ? "is " : "are ") + (n == 0 ? "no " + many : Formats.count(n, one, many))
                            + " so far; at least " + Correlation.MIN_PAIRS + " are needed before a correlation is shown.");
        }
        if (correlation.rho() == null) {
            return new Line(label, figures(correlation),
                    "Adherence or pain did not vary across these " + Formats.count(n, one, many)
                            + ", so their ranks cannot be correlated.");
        }
        return new Line(label, figures(correlation),
                "Spearman's rank correlation between " + what + ", over " + Formats.count(n, one, many) + ".");
    }

    /** "ρ = -0.620 (n = 11)", "not enough data yet (n = 3)" or "ρ cannot be computed (n = 5)". */
    static String figures(Correlation correlation) {
        String n = "n = " + correlation.n();
        if (!correlation.sufficient()) {
            return "not enough data yet (" + n + ")";
        }
        if (correlation.rho() == null) {
            return "ρ cannot be computed (" + n + ")";
        }
        return "ρ = " + Formats.rho(correlation.rho()) + " (" + n + ")";
    }
}
