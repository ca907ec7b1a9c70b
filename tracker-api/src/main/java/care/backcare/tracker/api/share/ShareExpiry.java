package care.backcare.tracker.api.share;

import care.backcare.tracker.share.ExpireShareCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Writes each share's expiry into the patient's history once it has come. Access never waits for
 * this: links are checked against the clock when used. Safe on several nodes at once: the aggregate
 * records an expiry only once.
 */
@Component
class ShareExpiry {

    private static final Logger log = LoggerFactory.getLogger(ShareExpiry.class);
    private static final int BATCH = 100;

    private final ShareProjection shares;
    private final CommandGateway commands;
    private final Clock clock;

    ShareExpiry(ShareProjection shares, CommandGateway commands, Clock clock) {
        this.shares = shares;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tracker.share-expiry-interval:PT1M}", initialDelayString = "PT10S")
    void recordExpiries() {
        for (ShareProjection.ShareLink due : shares.dueToExpire(clock.instant(), BATCH)) {
            try {
                commands.sendAndWait(new ExpireShareCommand(due.patientId(), due.shareId()));
            } catch (RuntimeException e) {
                log.warn("Could not record the expiry of share {}: {}", due.shareId(), e.getClass().getSimpleName());
            }
        }
    }
}
