package care.backcare.tracker.api.security;

import care.backcare.tracker.api.TrackerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue #17, finding 6: the H2 database is readable by its owner only. */
class OwnerOnlyDataFilesTest {

    @TempDir
    Path parent;

    @Test
    void the_data_directory_is_created_owner_only_and_its_files_are_the_owners_alone() throws Exception {
        Path dataDir = parent.resolve("data");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrackerApplication.class)
                .run("--server.port=0", "--tracker.data-dir=" + dataDir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
            try (Stream<Path> files = Files.list(dataDir)) {
                assertThat(files.filter(Files::isRegularFile).toList()).isNotEmpty().allSatisfy(file ->
                        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
            }
        }
    }

    @Test
    void an_existing_data_directory_open_to_others_is_closed() throws Exception {
        Path dataDir = Files.createDirectory(parent.resolve("open"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TrackerApplication.class)
                .run("--server.port=0", "--tracker.data-dir=" + dataDir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        }
    }
}
