package care.backcare.tracker.kernel;

import org.axonframework.common.AxonNonTransientException;

/**
 * A command the domain refuses. Non-transient: retrying the same command can never succeed, so
 * command retry schedulers must not try again.
 */
public abstract class RuleViolation extends AxonNonTransientException {

    protected RuleViolation(String message) {
        super(message);
    }
}
