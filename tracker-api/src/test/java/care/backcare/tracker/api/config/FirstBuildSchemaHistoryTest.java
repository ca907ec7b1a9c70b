package care.backcare.tracker.api.config;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The checksums FirstBuildSchemaHistory knows are those Flyway computes for the files they name. */
class FirstBuildSchemaHistoryTest {

    @TempDir
    Path dir;

    @Test
    void the_current_checksum_is_that_of_the_unified_v1() {
        assertThat(checksumOfV1("classpath:db/migration/common")).isEqualTo(FirstBuildSchemaHistory.CURRENT_V1);
    }

    @Test
    void the_first_build_checksums_are_those_of_its_two_copies_of_v1() throws IOException {
        assertThat(checksumOfV1(firstBuildCopy("h2"))).isEqualTo(FirstBuildSchemaHistory.FIRST_BUILD_H2_V1);
        assertThat(checksumOfV1(firstBuildCopy("postgresql"))).isEqualTo(FirstBuildSchemaHistory.FIRST_BUILD_POSTGRESQL_V1);
    }

    private String firstBuildCopy(String vendor) throws IOException {
        Path location = Files.createDirectories(dir.resolve(vendor));
        try (InputStream copy = getClass().getResourceAsStream("/first-build/" + vendor + "-V1__axon_event_store.sql")) {
            Files.copy(copy, location.resolve("V1__axon_event_store.sql"));
        }
        return "filesystem:" + location;
    }

    private static int checksumOfV1(String location) {
        MigrationInfo[] migrations = Flyway.configure()
                .dataSource("jdbc:h2:mem:checksums", "sa", "")
                .locations(location)
                .placeholders(Map.of("binary_type", "varbinary"))
                .load().info().all();
        return Arrays.stream(migrations).filter(m -> m.getVersion().getVersion().equals("1"))
                .findFirst().orElseThrow().getChecksum();
    }
}
