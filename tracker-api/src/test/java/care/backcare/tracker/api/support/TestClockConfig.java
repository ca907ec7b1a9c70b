package care.backcare.tracker.api.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    /** Wednesday of ISO week 2026-W47, noon UTC. */
    public static final Instant WEDNESDAY_W47 = Instant.parse("2026-11-18T12:00:00Z");

    @Bean
    @Primary
    public MutableClock testClock() {
        return new MutableClock(WEDNESDAY_W47);
    }
}
