package care.backcare.tracker.api.stretch;

import care.backcare.tracker.stretch.Stretch;
import care.backcare.tracker.stretch.StretchCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.List;

@RestController
@Tag(name = "Stretch catalog")
class StretchController {

    @GetMapping("/api/stretches")
    @Operation(summary = "Every stretch of the guide with its dose, best time of day, steps and cautions")
    ResponseEntity<List<Stretch>> catalog() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(StretchCatalog.all());
    }
}
