package care.backcare.tracker.api.data.protection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The operator's master key, which wraps every patient's data key in the key table. Taken from
 * {@code tracker.data-protection.master-key}, else from {@code master-key-file}, else from
 * {@code <data-dir>/master.key}, which is generated (readable by the owner only) when it does not exist yet.
 */
final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

    private MasterKey() {
    }

    static SecretKey load(DataProtectionProperties properties, Path dataDirectory) {
        if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
            return decode(properties.masterKey(), "tracker.data-protection.master-key");
        }
        Path file = properties.masterKeyFile() != null ? properties.masterKeyFile()
                : dataDirectory.resolve("master.key");
        try {
            if (properties.masterKeyFile() == null && Files.notExists(file)) {
                generate(file);
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The master key file " + file + " cannot be read", e);
        }
    }

    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] encoded = Base64.getEncoder().encode(PayloadCipher.newKey().getEncoded());
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another node or a concurrent start made it first: use theirs
        }
        Files.write(file, encoded, StandardOpenOption.TRUNCATE_EXISTING);
        log.warn("No master key was configured (tracker.data-protection.master-key or master-key-file): generated {}. "
                + "Whoever holds this file and the database can read every patient's data; keep it out of the "
                + "database's backups and back it up separately (see docs/data-rights.md)", file);
    }

    private static SecretKey decode(String base64, String source) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key from " + source + " is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("The master key from " + source + " must be 32 bytes (base64 of 32 "
                    + "random bytes, e.g. `openssl rand -base64 32`), not " + raw.length);
        }
        return PayloadCipher.key(raw);
    }
}
