package care.backcare.tracker.api.data.protection;

import javax.crypto.SecretKey;
import java.util.Optional;
import java.util.UUID;

/** Each patient's data key, to write with (made on first use) and to read with; empty once erased. */
public interface DataKeys {

    Optional<SecretKey> forWriting(UUID patientId);

    Optional<SecretKey> forReading(UUID patientId);
}
