package care.backcare.tracker.api.web.page;

import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.pain.Urgency;
import care.backcare.tracker.session.SessionSafety;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the web pages need besides the API, public and free of patient data: the red-flag questions and
 * the safety advice in the domain's own words (so the page never carries a second copy of clinical text),
 * and the server's time. Entries are refused more than 5 minutes ahead of the server's clock, so the page
 * defaults its "now" to the server's rather than trusting a phone's clock.
 */
@RestController
@Hidden
class PageContextController {

    record RedFlagQuestion(RedFlag id, String label, String question, Urgency urgency) {
    }

    record PageContext(Instant now, List<RedFlagQuestion> redFlags, Map<Urgency, String> advice, String sharpPainAdvice) {
    }

    private final Clock clock;

    PageContextController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/page-context")
    ResponseEntity<PageContext> context() {
        List<RedFlagQuestion> questions = Arrays.stream(RedFlag.values())
                .map(flag -> new RedFlagQuestion(flag, flag.label(), flag.question(), flag.urgency()))
                .toList();
        Map<Urgency, String> advice = Map.of(
                Urgency.URGENT, RedFlagTriage.adviceFor(Urgency.URGENT).message(),
                Urgency.SEE_A_PROFESSIONAL, RedFlagTriage.adviceFor(Urgency.SEE_A_PROFESSIONAL).message());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new PageContext(clock.instant(), questions, advice, SessionSafety.SHARP_PAIN_ADVICE));
    }
}
