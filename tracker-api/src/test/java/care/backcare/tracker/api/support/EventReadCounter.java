package care.backcare.tracker.api.support;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the events the repository reads back from the store to load aggregates ({@code EventStoreTest}).
 * Part of every end-to-end test's application context rather than a context of its own: two contexts on the
 * one test database would each run the read-model processor under the same owner name, and one would release
 * or overwrite the other's claims and tokens.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EventReadCounter {

    public static final AtomicLong EVENTS_READ = new AtomicLong();

    @Bean
    static BeanPostProcessor countEventsRead() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof EventStorageEngine engine)) {
                    return bean;
                }
                return Proxy.newProxyInstance(EventStorageEngine.class.getClassLoader(),
                        new Class<?>[]{EventStorageEngine.class}, (proxy, method, args) -> {
                            Object result;
                            try {
                                result = method.invoke(engine, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                            if (method.getName().equals("readEvents") && result instanceof DomainEventStream stream) {
                                return DomainEventStream.of(stream.asStream().peek(e -> EVENTS_READ.incrementAndGet()),
                                        stream::getLastSequenceNumber);
                            }
                            return result;
                        });
            }
        };
    }
}
