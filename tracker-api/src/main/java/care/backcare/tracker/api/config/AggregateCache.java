package care.backcare.tracker.api.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Axon's aggregate cache on Caffeine: strong references, patients idle for a while dropped, and a
 * bound on what is held measured in events rather than patients. A patient's state keeps a
 * fingerprint of every entry (about a hundred bytes each), so ten thousand patients with a year of
 * history would need a gigabyte while ten thousand new ones need almost nothing; weighing each patient
 * by its number of events keeps the cache within a known share of the heap either way. (Axon's
 * WeakReferenceCache loses its entries at every young collection, so under load nearly every command
 * reloaded its patient from the event store.)
 */
final class AggregateCache implements Cache {

    private static final VarHandle VERSION = versionOfCachedAggregates();

    private final ConcurrentMap<Object, Object> entries;
    private final CopyOnWriteArrayList<EntryListener> listeners = new CopyOnWriteArrayList<>();

    AggregateCache(long maximumEvents, Duration idle) {
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maximumEvents)
                .weigher((Object key, Object value) -> weight(value))
                .expireAfterAccess(idle)
                .<Object, Object>build()
                .asMap();
    }

    /** A cached patient weighs one per event in its history (Axon's entry keeps the aggregate's version). */
    static int weight(Object value) {
        if (value instanceof AggregateCacheEntry<?> entry && VERSION != null) {
            Long version = (Long) VERSION.get(entry);
            return version == null ? 1 : (int) Math.min(Integer.MAX_VALUE, version + 1);
        }
        return 1;
    }

    private static VarHandle versionOfCachedAggregates() {
        try {
            return MethodHandles.privateLookupIn(AggregateCacheEntry.class, MethodHandles.lookup())
                    .findVarHandle(AggregateCacheEntry.class, "version", Long.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // AggregateCacheEntryWeightTest fails if a new Axon version hides the version
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        boolean existed = entries.put(key, value) != null;
        listeners.forEach(listener -> {
            if (existed) {
                listener.onEntryUpdated(key, value);
            } else {
                listener.onEntryCreated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = entries.putIfAbsent(key, value) == null;
        if (added) {
            listeners.forEach(listener -> listener.onEntryCreated(key, value));
        }
        return added;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return (T) entries.computeIfAbsent(key, k -> valueSupplier.get());
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            listeners.forEach(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        entries.keySet().forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, value) -> update.apply((V) value));
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
