package care.backcare.tracker.clinician;

import care.backcare.tracker.pain.TriageLevel;
import care.backcare.tracker.trend.ChangeVerdict;
import care.backcare.tracker.trend.PainChange;
import care.backcare.tracker.trend.RecentFigures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The caseload's rules one by one, on hand-built facts. */
class CaseloadPolicyTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final Instant START_OF_TODAY = Instant.parse("2026-11-18T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-18T12:00:00Z");
    private static final Instant CONNECTED = Instant.parse("2026-10-01T10:00:00Z");

    private static PainChange change(ChangeVerdict verdict, Double delta) {
        return new PainChange(5.0, delta == null ? null : 5.0 + delta, delta, null, verdict.meaningful(), verdict,
                null, null, null, null);
    }

    /** A patient doing well: entries today, adherence 0.8, pain no clearly different. */
    private static CaseloadPolicy.Facts onTrack() {
        return new CaseloadPolicy.Facts(LISBON, TODAY, List.of(), List.of(),
                new RecentFigures(0.8, 3.1, change(ChangeVerdict.NO_CLEAR_CHANGE, -0.4)), NOW, TODAY, CONNECTED);
    }

    private static CaseloadPolicy.Facts with(CaseloadPolicy.Facts facts, List<CaseloadPolicy.Alert> flags,
                                             List<Instant> sharp, RecentFigures recent, Instant lastAt, LocalDate lastDate) {
        return new CaseloadPolicy.Facts(facts.zone(), facts.today(), flags, sharp, recent, lastAt, lastDate,
                facts.connectedAt());
    }

    private static List<CaseloadReason> codes(CaseloadPolicy.Assessment assessment) {
        List<CaseloadReason> codes = new ArrayList<>();
        assessment.reasons().forEach(reason -> codes.add(reason.code()));
        return codes;
    }

    @Test
    void a_patient_without_any_reason_is_on_track() {
        CaseloadPolicy.Assessment assessment = CaseloadPolicy.assess(onTrack());
        assertThat(assessment.priority()).isEqualTo(CaseloadPriority.ON_TRACK);
        assertThat(assessment.reasons()).isEmpty();
        assertThat(assessment.newestReasonAt()).isNull();
    }

    @Test
    void an_open_emergency_flag_makes_the_patient_an_emergency_at_the_newest_such_entry() {
        Instant older = NOW.minusSeconds(7200);
        Instant newer = NOW.minusSeconds(600);
        CaseloadPolicy.Facts facts = with(onTrack(), List.of(new CaseloadPolicy.Alert(older, TriageLevel.EMERGENCY),
                new CaseloadPolicy.Alert(newer, TriageLevel.EMERGENCY), new CaseloadPolicy.Alert(NOW, TriageLevel.SOON)),
                List.of(), onTrack().recent(), NOW, TODAY);
        CaseloadPolicy.Assessment assessment = CaseloadPolicy.assess(facts);
        assertThat(assessment.priority()).isEqualTo(CaseloadPriority.EMERGENCY);
        assertThat(assessment.reasons()).containsExactly(
                new CaseloadPolicy.Reason(CaseloadReason.RED_FLAG_EMERGENCY, newer),
                new CaseloadPolicy.Reason(CaseloadReason.RED_FLAG_SOON, NOW));
    }

    @Test
    void an_open_same_day_flag_is_same_day_and_a_soon_flag_only_needs_attention() {
        CaseloadPolicy.Facts sameDay = with(onTrack(), List.of(new CaseloadPolicy.Alert(NOW, TriageLevel.SAME_DAY)),
                List.of(), onTrack().recent(), NOW, TODAY);
        assertThat(CaseloadPolicy.assess(sameDay).priority()).isEqualTo(CaseloadPriority.SAME_DAY);
        assertThat(codes(CaseloadPolicy.assess(sameDay))).containsExactly(CaseloadReason.RED_FLAG_SAME_DAY);

        CaseloadPolicy.Facts soon = with(onTrack(), List.of(new CaseloadPolicy.Alert(NOW, TriageLevel.SOON)),
                List.of(), onTrack().recent(), NOW, TODAY);
        assertThat(CaseloadPolicy.assess(soon).priority()).isEqualTo(CaseloadPriority.ATTENTION);
        assertThat(codes(CaseloadPolicy.assess(soon))).containsExactly(CaseloadReason.RED_FLAG_SOON);
    }

    @Test
    void a_meaningful_worsening_needs_attention_and_an_improvement_does_not() {
        CaseloadPolicy.Facts worse = with(onTrack(), List.of(), List.of(),
                new RecentFigures(0.8, 6.0, change(ChangeVerdict.WORSENED, 2.5)), NOW, TODAY);
        CaseloadPolicy.Assessment assessment = CaseloadPolicy.assess(worse);
        assertThat(assessment.priority()).isEqualTo(CaseloadPriority.ATTENTION);
        assertThat(assessment.reasons()).containsExactly(
                new CaseloadPolicy.Reason(CaseloadReason.PAIN_WORSENED, START_OF_TODAY));

        CaseloadPolicy.Facts better = with(onTrack(), List.of(), List.of(),
                new RecentFigures(0.8, 2.0, change(ChangeVerdict.IMPROVED, -3.0)), NOW, TODAY);
        assertThat(CaseloadPolicy.assess(better).priority()).isEqualTo(CaseloadPriority.ON_TRACK);
    }

    @Test
    void sharp_pain_in_the_last_14_days_needs_attention_and_older_sharp_pain_does_not() {
        Instant inWindow = Instant.parse("2026-11-04T08:00:00Z"); // 14 dates before today
        Instant tooOld = Instant.parse("2026-11-03T08:00:00Z");
        CaseloadPolicy.Facts recent = with(onTrack(), List.of(), List.of(tooOld, inWindow), onTrack().recent(), NOW, TODAY);
        assertThat(CaseloadPolicy.assess(recent).reasons())
                .containsExactly(new CaseloadPolicy.Reason(CaseloadReason.SHARP_PAIN, inWindow));
        CaseloadPolicy.Facts old = with(onTrack(), List.of(), List.of(tooOld), onTrack().recent(), NOW, TODAY);
        assertThat(CaseloadPolicy.assess(old).priority()).isEqualTo(CaseloadPriority.ON_TRACK);
    }

    @Test
    void adherence_below_one_half_is_low_and_one_half_is_not_and_unknown_adherence_says_nothing() {
        RecentFigures low = new RecentFigures(0.49, 3.0, change(ChangeVerdict.NO_CLEAR_CHANGE, 0.0));
        assertThat(codes(CaseloadPolicy.assess(with(onTrack(), List.of(), List.of(), low, NOW, TODAY))))
                .containsExactly(CaseloadReason.LOW_ADHERENCE);
        RecentFigures half = new RecentFigures(0.5, 3.0, change(ChangeVerdict.NO_CLEAR_CHANGE, 0.0));
        assertThat(CaseloadPolicy.assess(with(onTrack(), List.of(), List.of(), half, NOW, TODAY)).reasons()).isEmpty();
        RecentFigures unknown = new RecentFigures(null, null, change(ChangeVerdict.NOT_ENOUGH_DATA, null));
        assertThat(CaseloadPolicy.assess(with(onTrack(), List.of(), List.of(), unknown, NOW, TODAY)).reasons()).isEmpty();
    }

    @Test
    void no_entry_on_the_last_7_dates_is_no_recent_entries_from_the_last_entry_or_the_connection() {
        Instant sixDaysAgo = Instant.parse("2026-11-12T19:00:00Z");
        assertThat(CaseloadPolicy.assess(with(onTrack(), List.of(), List.of(), onTrack().recent(), sixDaysAgo,
                TODAY.minusDays(6))).reasons()).isEmpty();
        Instant sevenDaysAgo = Instant.parse("2026-11-11T19:00:00Z");
        assertThat(CaseloadPolicy.assess(with(onTrack(), List.of(), List.of(), onTrack().recent(), sevenDaysAgo,
                TODAY.minusDays(7))).reasons())
                .containsExactly(new CaseloadPolicy.Reason(CaseloadReason.NO_RECENT_ENTRIES, sevenDaysAgo));
        assertThat(CaseloadPolicy.assess(with(onTrack(), List.of(), List.of(), onTrack().recent(), null, null)).reasons())
                .containsExactly(new CaseloadPolicy.Reason(CaseloadReason.NO_RECENT_ENTRIES, CONNECTED));
    }

    @Test
    void the_caseload_is_ordered_by_priority_then_by_the_newest_reason() {
        record Row(String name, CaseloadPriority priority, Instant newest) {
        }
        List<Row> rows = new ArrayList<>(List.of(
                new Row("on track", CaseloadPriority.ON_TRACK, null),
                new Row("attention, older", CaseloadPriority.ATTENTION, NOW.minusSeconds(3600)),
                new Row("same day", CaseloadPriority.SAME_DAY, NOW.minusSeconds(99999)),
                new Row("attention, newer", CaseloadPriority.ATTENTION, NOW),
                new Row("emergency", CaseloadPriority.EMERGENCY, NOW.minusSeconds(999999))));
        rows.sort(CaseloadPolicy.order(Row::priority, Row::newest));
        assertThat(rows).extracting(Row::name)
                .containsExactly("emergency", "same day", "attention, newer", "attention, older", "on track");
    }
}
