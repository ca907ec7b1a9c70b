package care.backcare.tracker.api.docs;

import care.backcare.tracker.api.support.Api;
import care.backcare.tracker.api.support.PostgresApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api.md and the OpenAPI description name the same endpoints: every documented one exists, and every one
 * that exists is documented. The format docs/api.md describes at its top: a list item starting with the method
 * and the path in backticks.
 */
class ApiDocsTest extends PostgresApiTest {

    private static final Pattern ENDPOINT = Pattern.compile("^- `(GET|PUT|POST|DELETE|PATCH) (/[^`\\s?]*)`",
            Pattern.MULTILINE);
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void every_documented_endpoint_exists_and_every_endpoint_is_documented() throws IOException {
        Set<String> documented = new TreeSet<>();
        Matcher matcher = ENDPOINT.matcher(Files.readString(apiDoc()));
        while (matcher.find()) {
            documented.add(matcher.group(1) + " " + normalized(matcher.group(2)));
        }
        assertThat(documented).describedAs("endpoints in docs/api.md").hasSizeGreaterThan(20);

        Set<String> described = new TreeSet<>();
        JsonNode paths = api.get("/v3/api-docs", Api.Auth.NONE).json().get("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.get(path).propertyNames()) {
                if (METHODS.contains(method)) {
                    described.add(method.toUpperCase() + " " + normalized(path));
                }
            }
        }

        assertThat(documented).describedAs("documented in docs/api.md but not in /v3/api-docs")
                .isSubsetOf(described);
        assertThat(described).describedAs("in /v3/api-docs but not documented in docs/api.md")
                .isSubsetOf(documented);
    }

    /** Path variables compare by position, not by name. */
    private static String normalized(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    /** docs/ at the repository root, from the module's directory (Maven's working directory) or the root. */
    private static Path apiDoc() {
        for (Path candidate : new Path[]{Path.of("../docs/api.md"), Path.of("docs/api.md")}) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("docs/api.md not found from " + Path.of("").toAbsolutePath());
    }
}
