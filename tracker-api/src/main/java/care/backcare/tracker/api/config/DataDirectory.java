package care.backcare.tracker.api.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Makes {@code tracker.data-dir} absolute before anything reads it. H2 refuses a database path that is
 * only implicitly relative ({@code data/backcare}), so {@code --tracker.data-dir=data} would otherwise
 * stop the server at start-up; an operator expects a relative directory to mean "under the working
 * directory", as it does for every other tool.
 */
public final class DataDirectory implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "tracker.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        // H2 itself reads "~" as the user's home directory
        if (configured == null || configured.isBlank() || configured.startsWith("~")) {
            return;
        }
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        if (!absolute.equals(configured)) {
            environment.getPropertySources().addFirst(new MapPropertySource("trackerDataDirectory",
                    Map.of(PROPERTY, absolute)));
        }
    }

    /** After the configuration files and command line have been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
