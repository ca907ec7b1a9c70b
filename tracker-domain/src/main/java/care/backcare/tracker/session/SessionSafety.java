package care.backcare.tracker.session;

import java.util.Optional;

/** The guide's first safety rule: stop if it hurts. */
public final class SessionSafety {

    public static final String SHARP_PAIN_ADVICE =
            "Stop if it hurts: sharp pain is a no-go. Don't stretch through it; rest, ice or walk gently "
                    + "instead, and check in with a physiotherapist or doctor if sharp pain comes back.";

    private SessionSafety() {
    }

    public static Optional<String> adviceFor(PainDuring painDuring) {
        return painDuring == PainDuring.SHARP ? Optional.of(SHARP_PAIN_ADVICE) : Optional.empty();
    }
}
