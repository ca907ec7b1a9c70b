package care.backcare.tracker.api.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded H2 database holds every patient's history: its directory ({@code tracker.data-dir}) is
 * made owner-only (0700) before the database opens, created so when new, and its files 0600 once the
 * server is up. Other local users then cannot read or copy it, whatever the umask. On file systems
 * without POSIX permissions (Windows) nothing is changed. Encryption at rest: docs/security.md.
 */
@Component
class OwnerOnlyDataFiles implements BeanPostProcessor, EnvironmentAware, ApplicationListener<ApplicationReadyEvent> {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private Path directory;

    @Override
    public void setEnvironment(Environment environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        String dataDir = environment.getProperty("tracker.data-dir");
        boolean h2File = url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./") || url.startsWith("jdbc:h2:/");
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        this.directory = h2File && posix && dataDir != null && !dataDir.isBlank() && !dataDir.startsWith("~")
                ? Path.of(dataDir).toAbsolutePath().normalize() : null;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource && directory != null) {
            try {
                if (Files.notExists(directory)) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
                }
                Files.setPosixFilePermissions(directory, DIRECTORY);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not make the data directory owner-only: " + directory, e);
            }
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Files.setPosixFilePermissions(file, FILE);
                } catch (IOException e) {
                    // a temporary file H2 removed meanwhile; the directory is owner-only anyway
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
