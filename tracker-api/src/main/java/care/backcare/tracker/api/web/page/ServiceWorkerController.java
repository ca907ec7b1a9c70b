package care.backcare.tracker.api.web.page;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The service worker that lets the patient's page open offline. Its version is a hash of every file of the
 * app shell, worked out once at start-up from the files this server serves: a deploy that changes any of
 * them changes the worker's bytes, so phones install the new version as a whole and drop the old one (see
 * pwa/sw.js). Served from the root so that it may control the whole page, never cached by HTTP.
 */
@RestController
@Hidden
class ServiceWorkerController {

    /** The shell: what the patient's page needs to start without a network. Shared-link and clinician pages are not in it. */
    private static final List<String> SHELL_PATTERNS = List.of("index.html", "favicon.svg", "manifest.webmanifest",
            "css/**/*.css", "js/**/*.js", "icons/*.png");
    private static final List<String> NOT_IN_SHELL = List.of("/js/shared-page.js", "/js/clinician.js",
            "/css/clinician.css");

    private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

    private final String script;
    private final String version;

    ServiceWorkerController() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Map<String, byte[]> shell = new TreeMap<>();
            for (String pattern : SHELL_PATTERNS) {
                for (Resource resource : shellFiles(resolver, pattern)) {
                    String url = resource.getURL().toString();
                    String path = url.substring(url.lastIndexOf("/static/") + "/static".length());
                    if (!NOT_IN_SHELL.contains(path)) {
                        try (InputStream in = resource.getInputStream()) {
                            shell.put(path, in.readAllBytes());
                        }
                    }
                }
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            shell.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            byte[] template;
            try (InputStream in = resolver.getResource("classpath:/pwa/sw.js").getInputStream()) {
                template = in.readAllBytes();
            }
            digest.update(template);
            version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            List<String> paths = new ArrayList<>(List.of("/"));
            shell.keySet().stream().filter(path -> !path.equals("/index.html")).forEach(paths::add);
            script = new String(template, StandardCharsets.UTF_8)
                    .replace("'__VERSION__'", "'" + version + "'")
                    .replace("__SHELL__", paths.stream().map(path -> "'" + path + "'")
                            .collect(Collectors.joining(",\n    ", "[\n    ", "\n]")));
        } catch (IOException e) {
            throw new UncheckedIOException("the app shell could not be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static Resource[] shellFiles(PathMatchingResourcePatternResolver resolver, String pattern) throws IOException {
        try {
            return resolver.getResources("classpath:/static/" + pattern);
        } catch (java.io.FileNotFoundException noSuchFolder) {
            return new Resource[0];
        }
    }

    String version() {
        return version;
    }

    @GetMapping("/sw.js")
    ResponseEntity<String> serviceWorker() {
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(script);
    }
}
