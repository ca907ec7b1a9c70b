package care.backcare.tracker.api.data.protection;

import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * Plugs the encryption in: the two serializers the event store writes with, Axon's {@code eventSerializer}
 * (events) and its general {@code serializer} (snapshots), are wrapped in {@link EncryptingSerializer} as they
 * are created, whatever storage engine then uses them. Nothing in the event store's own configuration knows.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DataProtectionProperties.class)
class DataProtectionConfig {

    static final Set<String> STORED_SERIALIZERS = Set.of("eventSerializer", "serializer");

    @Bean
    static BeanPostProcessor encryptStoredPayloads(ObjectProvider<PatientKeys> keys) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof Serializer serializer && !(bean instanceof EncryptingSerializer)
                        && STORED_SERIALIZERS.contains(beanName)) {
                    return new EncryptingSerializer(serializer, keys::getObject);
                }
                return bean;
            }
        };
    }
}
