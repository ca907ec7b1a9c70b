package care.backcare.tracker.api.config;

import care.backcare.tracker.clinician.Clinician;
import care.backcare.tracker.patient.Patient;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class AxonConfig {

    /** Read models that authentication depends on: updated in the command's own transaction. */
    static final String ACCESS_GROUP = "access";
    static final String READ_MODELS_GROUP = "read-models";

    /** Microseconds: what both databases store, so an instant reads back exactly as it was written. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /**
     * Axon 4 serializes with Jackson 2 (the web layer has Spring Boot's Jackson 3). Unknown properties
     * are ignored so that events can gain optional fields; aggregates are snapshotted by their fields.
     */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .build();
    }

    /**
     * Patients recently written for, held between commands (each holds only fingerprints, not content),
     * up to {@code tracker.cache.events} events in all: about 50 MB at the default.
     */
    @Bean
    Cache patientCache(TrackerProperties properties) {
        return new AggregateCache(properties.cache().events(), properties.cache().idle());
    }

    /**
     * The patient aggregate: cached between commands and snapshotted every {@code snapshotThreshold}
     * events, so a command costs the same for a patient with ten events or ten thousand.
     */
    /** A bean, so that Spring's snapshotter knows how to rebuild a patient from a snapshot. */
    @Bean
    AggregateFactory<Patient> patientAggregateFactory(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new ConfiguredAggregateFactory<>(Patient.class, axon);
    }

    @Bean
    ConfigurerModule patientAggregate(Cache patientCache, AggregateFactory<Patient> patientAggregateFactory,
                                      TrackerProperties properties) {
        int snapshotThreshold = properties.snapshotThreshold();
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Patient.class)
                        .configureAggregateFactory(config -> patientAggregateFactory)
                        .configureCache(config -> patientCache)
                        .configureSnapshotTrigger(config ->
                                new EventCountSnapshotTriggerDefinition(config.snapshotter(), snapshotThreshold)));
    }

    /** A bean for the same reason as the patient's. */
    @Bean
    AggregateFactory<Clinician> clinicianAggregateFactory(ObjectProvider<org.axonframework.config.Configuration> axon) {
        return new ConfiguredAggregateFactory<>(Clinician.class, axon);
    }

    /** The clinician aggregate: an account and its invite codes, a short history; no cache or snapshots needed. */
    @Bean
    ConfigurerModule clinicianAggregate(AggregateFactory<Clinician> clinicianAggregateFactory) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(Clinician.class)
                        .configureAggregateFactory(config -> clinicianAggregateFactory));
    }

    /**
     * No projection failure is ever skipped. In the access group it fails the command (nothing is
     * acknowledged half-recorded); in the read-models group the batch fails and is retried, so the
     * segment waits, visibly (GET /actuator/readmodels), until the cause is fixed, instead of the read
     * model silently missing an event (Axon's default is to log and carry on).
     */
    @Bean
    ConfigurerModule projectionFailuresPropagate() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(ACCESS_GROUP, config -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(READ_MODELS_GROUP, config -> PropagatingErrorHandler.instance());
    }
}
