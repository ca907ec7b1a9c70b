package care.backcare.tracker.api.support;

import care.backcare.tracker.api.security.AttemptLimiter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A running server on a real PostgreSQL (see {@link PostgresDatabase}), with a settable clock. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tracker.operator.token=" + PostgresApiTest.OPERATOR_TOKEN)
@ActiveProfiles("postgres")
@Import({TestClockConfig.class, EventReadCounter.class})
public abstract class PostgresApiTest {

    public static final String OPERATOR_TOKEN = "operator-token-for-tests-0123456789abcdef";

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected AttemptLimiter attempts;

    protected Api api;

    @BeforeAll
    static void requirePostgres() {
        PostgresDatabase.get();
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresDatabase.get().url());
        registry.add("spring.datasource.username", () -> PostgresDatabase.get().username());
        registry.add("spring.datasource.password", () -> PostgresDatabase.get().password());
    }

    @BeforeEach
    void client() {
        clock.set(TestClockConfig.WEDNESDAY_W47);
        attempts.clearAll(); // every test starts with no failed sign-ins held against 127.0.0.1
        api = new Api("http://localhost:" + port);
    }
}
