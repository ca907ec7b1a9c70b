package care.backcare.tracker.api.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's command handling and event processing as Micrometer timers, for {@code /actuator/prometheus}:
 * {@value #COMMANDS} per command and outcome, {@value #EVENTS} per processor and outcome. One timer
 * looked up in a map per message, nothing retained. (Axon's {@code axon-micrometer} module does more per
 * message: four timers with client-side percentiles each, and a capacity gauge that keeps every duration of
 * the last ten minutes in memory; its Spring Boot auto-configuration also orders itself after Spring Boot 3
 * class names that Spring Boot 4 no longer has.)
 */
@Configuration(proxyBeanMethods = false)
class HandlingMetrics {

    static final String COMMANDS = "backcare.commands";
    static final String EVENTS = "backcare.events.handled";

    /** The buckets Prometheus gets besides count and sum: enough for a latency objective, few series. */
    private static final Duration[] OBJECTIVES = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(5)};

    @Bean
    ConfigurerModule handlingTimers(MeterRegistry registry) {
        return configurer -> configurer
                .configureMessageMonitor(CommandBus.class, (config, type, name) -> new Timed(registry, COMMANDS,
                        "Commands handled, by command and outcome", null))
                .configureMessageMonitor(EventProcessor.class, (config, type, name) -> new Timed(registry, EVENTS,
                        "Events handled by each event processor, by outcome (ignored: no handler for it)", name));
    }

    /** Times each message from ingestion to its outcome; tagged with the command, or with the processor. */
    static final class Timed implements MessageMonitor<Message<?>> {

        private final MeterRegistry registry;
        private final String name;
        private final String description;
        private final String processor;
        private final Map<String, Timer> timers = new ConcurrentHashMap<>();

        Timed(MeterRegistry registry, String name, String description, String processor) {
            this.registry = registry;
            this.name = name;
            this.description = description;
            this.processor = processor;
        }

        @Override
        public MonitorCallback onMessageIngested(Message<?> message) {
            String command = processor == null ? message.getPayloadType().getSimpleName() : null;
            long start = System.nanoTime();
            return new MonitorCallback() {
                @Override
                public void reportSuccess() {
                    record(command, "success", start);
                }

                @Override
                public void reportFailure(Throwable cause) {
                    record(command, "failure", start);
                }

                @Override
                public void reportIgnored() {
                    record(command, "ignored", start);
                }
            };
        }

        private void record(String command, String outcome, long start) {
            long elapsed = System.nanoTime() - start;
            timers.computeIfAbsent(command == null ? outcome : command + '/' + outcome, key -> {
                Timer.Builder timer = Timer.builder(name).description(description).tag("outcome", outcome)
                        .serviceLevelObjectives(OBJECTIVES);
                return (command == null ? timer.tag("processor", processor) : timer.tag("command", command))
                        .register(registry);
            }).record(elapsed, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
