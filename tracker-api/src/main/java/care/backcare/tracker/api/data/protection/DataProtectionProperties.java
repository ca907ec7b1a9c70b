package care.backcare.tracker.api.data.protection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the master key that wraps every patient's data key comes from, and how long a node keeps an unwrapped
 * data key in memory.
 *
 * @param masterKey     the master key itself, base64 of 32 random bytes (an environment variable or a secret
 *                      store is the place for it, never a file under version control)
 * @param masterKeyFile a file holding the base64 master key; used when {@code masterKey} is not set. When neither
 *                      is set, {@code <data-dir>/master.key} is used, and generated (owner-only) if missing
 * @param keyCacheTtl   an unwrapped data key is forgotten this long after it was loaded: after an erasure another
 *                      node can still decrypt that patient's events for at most this long
 */
@ConfigurationProperties("tracker.data-protection")
public record DataProtectionProperties(String masterKey,
                                       Path masterKeyFile,
                                       @DefaultValue("60s") Duration keyCacheTtl,
                                       @DefaultValue("100000") long keyCacheSize) {
}
