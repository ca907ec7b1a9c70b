package care.backcare.tracker.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TrackerApplication {

    public static void main(String[] args) {
        // A health app makes no outbound calls: Axon's update checker also reads this system property,
        // so it is set before Axon is loaded, whatever the Spring configuration says.
        System.setProperty("axoniq.update-checker.disabled", "true");
        // and no advert for AxonIQ Console in the log of a self-hosted server
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(TrackerApplication.class, args);
    }
}
