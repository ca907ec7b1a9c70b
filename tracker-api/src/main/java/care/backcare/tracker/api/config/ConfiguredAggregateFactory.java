package care.backcare.tracker.api.config;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * An aggregate factory that is a Spring bean (Spring's snapshotter looks for those) but inspects the
 * aggregate with Axon's configured parameter resolvers, so command handlers can take Spring beans
 * such as the {@code Clock}. The model is built on first use, once Axon's configuration exists.
 */
final class ConfiguredAggregateFactory<T> implements AggregateFactory<T> {

    private final Class<T> aggregateType;
    private final ObjectProvider<Configuration> axon;
    private volatile AggregateFactory<T> delegate;

    ConfiguredAggregateFactory(Class<T> aggregateType, ObjectProvider<Configuration> axon) {
        this.aggregateType = aggregateType;
        this.axon = axon;
    }

    @Override
    public T createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
        return delegate().createAggregateRoot(aggregateIdentifier, firstEvent);
    }

    @Override
    public Class<T> getAggregateType() {
        return aggregateType;
    }

    private AggregateFactory<T> delegate() {
        AggregateFactory<T> factory = delegate;
        if (factory == null) {
            Configuration configuration = axon.getObject();
            factory = new GenericAggregateFactory<>(AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregateType,
                    configuration.parameterResolverFactory(), configuration.handlerDefinition(aggregateType)));
            delegate = factory;
        }
        return factory;
    }
}
