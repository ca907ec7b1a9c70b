package care.backcare.tracker.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param absoluteLifetime {@code tracker.session.absolute-lifetime}: a web session ends this long after its
 *                         sign-in, however active (the idle timeout is {@code server.servlet.session.timeout})
 */
@ConfigurationProperties("tracker.session")
public record WebSessionProperties(@DefaultValue("P7D") Duration absoluteLifetime) {
}
