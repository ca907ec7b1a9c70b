package care.backcare.tracker.api.data.protection;

import care.backcare.tracker.account.PatientErasedEvent;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.UUID;
import java.util.function.Function;

/**
 * Whose data an event or snapshot is: the value of its {@code patientId} (a record component of every event,
 * a field of the Patient aggregate), found once per class. A new event type is covered without any change
 * here, as long as it names its patient like every other. {@link PatientErasedEvent} belongs to nobody: it
 * is the readable record that the patient was erased.
 */
final class PatientOwnership {

    private static final Function<Object, UUID> NOBODY = payload -> null;

    private static final ClassValue<Function<Object, UUID>> OWNER = new ClassValue<>() {
        @Override
        protected Function<Object, UUID> computeValue(Class<?> type) {
            if (type == PatientErasedEvent.class || !type.getName().startsWith("care.backcare.")) {
                return NOBODY;
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getName().equals("patientId") && component.getType() == UUID.class) {
                        var accessor = component.getAccessor();
                        accessor.setAccessible(true);
                        return payload -> invoke(() -> (UUID) accessor.invoke(payload));
                    }
                }
                return NOBODY;
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field field = c.getDeclaredField("patientId");
                    if (field.getType() == UUID.class) {
                        field.setAccessible(true);
                        return payload -> invoke(() -> (UUID) field.get(payload));
                    }
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                }
            }
            return NOBODY;
        }
    };

    private PatientOwnership() {
    }

    /** The patient the payload belongs to, or null when it belongs to no patient. */
    static UUID of(Object payload) {
        return payload == null ? null : OWNER.get(payload.getClass()).apply(payload);
    }

    private interface Read {
        UUID get() throws ReflectiveOperationException;
    }

    private static UUID invoke(Read read) {
        try {
            return read.get();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the patient id", e);
        }
    }
}
