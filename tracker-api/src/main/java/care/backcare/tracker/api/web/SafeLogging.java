package care.backcare.tracker.api.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Describes a failure without its messages: exception messages can quote what a patient wrote or a
 * secret they sent, and neither belongs in a log. Class names and our own stack frames are enough
 * to find the fault.
 */
public final class SafeLogging {

    private static final int FRAMES = 8;

    private SafeLogging() {
    }

    public static String describe(Throwable failure) {
        StringBuilder description = new StringBuilder();
        Throwable root = failure;
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (!description.isEmpty()) {
                description.append(" <- ");
            }
            description.append(current.getClass().getName());
            root = current;
            if (current.getCause() == current) {
                break;
            }
        }
        String frames = Arrays.stream(root.getStackTrace()).limit(FRAMES)
                .map(StackTraceElement::toString)
                .collect(Collectors.joining("\n\tat ", "\n\tat ", ""));
        return description + frames;
    }
}
