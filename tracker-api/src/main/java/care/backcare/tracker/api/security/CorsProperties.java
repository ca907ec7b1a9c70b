package care.backcare.tracker.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/** @param allowedOrigins {@code tracker.cors.allowed-origins}: none by default, every cross-origin request refused */
@ConfigurationProperties("tracker.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins) {
}
