package care.backcare.tracker.api.web.page;

import care.backcare.tracker.health.RiskFactor;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagHistory;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.pain.TriageLevel;
import care.backcare.tracker.pain.Urgency;
import care.backcare.tracker.rest.RestDayReason;
import care.backcare.tracker.session.SessionSafety;
import care.backcare.tracker.stretch.StretchCatalog;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

    /**
     * A red flag: {@code asked} (v1.1 questions, in the page's order) or only shown for stored entries (v1);
     * {@code level} before any health-profile escalation; {@code nerveSymptom} for leg pain and tingling, shown
     * in amber as nerve symptoms rather than alarms.
     */
    record RedFlagQuestion(RedFlag id, String label, String question, TriageLevel level, Urgency urgency,
                           boolean asked, boolean nerveSymptom, boolean legOrNerveSign) {
    }

    record Choice(String id, String label) {
    }

    /**
     * {@code advice} by level (EMERGENCY, SAME_DAY, SOON); {@code safetyNet} for leg and nerve signs;
     * {@code legSymptomAlternatives}: stretch → the gentler one the page suggests after recent leg symptoms.
     */
    record PageContext(Instant now, List<RedFlagQuestion> redFlags, Map<TriageLevel, String> advice, String safetyNet,
                       String sharpPainAdvice, List<Choice> riskFactors, List<RestDayReason> restDayReasons,
                       Map<String, String> legSymptomAlternatives, int legSymptomLookbackDays,
                       int redFlagEntriesShown) {
    }

    private final Clock clock;

    PageContextController(Clock clock) {
        this.clock = clock;
    }

    @GetMapping("/page-context")
    ResponseEntity<PageContext> context() {
        List<RedFlagQuestion> questions = new java.util.ArrayList<>(RedFlag.ASKED.stream().map(this::question).toList());
        Arrays.stream(RedFlag.values()).filter(flag -> !flag.asked()).map(this::question).forEach(questions::add);
        Map<TriageLevel, String> advice = new EnumMap<>(TriageLevel.class);
        for (TriageLevel level : TriageLevel.values()) {
            advice.put(level, RedFlagTriage.messageFor(level));
        }
        Map<String, String> alternatives = new LinkedHashMap<>();
        StretchCatalog.all().forEach(stretch -> StretchCatalog.alternativeWithLegSymptoms(stretch.id())
                .ifPresent(alternative -> alternatives.put(stretch.id(), alternative)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new PageContext(clock.instant(), questions, advice, RedFlagTriage.SAFETY_NET,
                        SessionSafety.SHARP_PAIN_ADVICE,
                        Arrays.stream(RiskFactor.values()).map(f -> new Choice(f.name(), f.label())).toList(),
                        List.of(RestDayReason.values()), alternatives, StretchCatalog.LEG_SYMPTOM_LOOKBACK_DAYS,
                        RedFlagHistory.ENTRIES_SHOWN));
    }

    private RedFlagQuestion question(RedFlag flag) {
        TriageLevel level = RedFlagTriage.LEVELS.get(flag);
        return new RedFlagQuestion(flag, flag.label(), flag.question(), level, level.urgency(), flag.asked(),
                flag.nerveSymptom(), flag.legOrNerveSign());
    }
}
