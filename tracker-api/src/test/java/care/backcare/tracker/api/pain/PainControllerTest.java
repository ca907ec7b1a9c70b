package care.backcare.tracker.api.pain;

import care.backcare.tracker.api.support.PatientSliceTest;
import care.backcare.tracker.pain.LogPainCommand;
import care.backcare.tracker.pain.PainOutcome;
import care.backcare.tracker.pain.RedFlag;
import care.backcare.tracker.pain.RedFlagAdvice;
import care.backcare.tracker.pain.RedFlagTriage;
import care.backcare.tracker.pain.Urgency;
import care.backcare.tracker.kernel.Recorded;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;


import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The answer to {@code PUT /api/me/pain/{id}}: the entry as recorded, with the advice the aggregate gave. */
@WebMvcTest(PainController.class)
class PainControllerTest extends PatientSliceTest {

    private static final String ENTRY = "/api/me/pain/9a8b7c6d-1111-4222-8333-944455556666";
    private static final String URGENT = """
            {"recordedAt":"2026-11-18T07:30:00Z","score":7,"regions":["LOWER_BACK"],
             "redFlags":["WORSE_AT_NIGHT","LEG_WEAKNESS"],"notes":"left leg weak"}""";
    private static final String CALM = """
            {"recordedAt":"2026-11-18T07:30:00Z","score":2}""";

    private static MockHttpServletRequestBuilder putAsPatient(String body) {
        return putAsPatient(ENTRY, body);
    }

    @Test
    void red_flags_are_answered_with_the_urgency_and_its_advice_the_first_time_and_on_a_retry() throws Exception {
        RedFlagAdvice urgent = RedFlagTriage.assess(java.util.Set.of(RedFlag.WORSE_AT_NIGHT, RedFlag.LEG_WEAKNESS)).orElseThrow();
        when(commands.sendAndWait(any(LogPainCommand.class)))
                .thenReturn(new PainOutcome(Recorded.NEW, urgent), new PainOutcome(Recorded.ALREADY_RECORDED, urgent));
        String expected = "{\"entryId\":\"9a8b7c6d-1111-4222-8333-944455556666\",\"recordedAt\":\"2026-11-18T07:30:00Z\","
                + "\"date\":\"2026-11-18\",\"score\":7,\"regions\":[\"LOWER_BACK\"],"
                + "\"redFlags\":[\"WORSE_AT_NIGHT\",\"LEG_WEAKNESS\"],\"notes\":\"left leg weak\","
                + "\"advice\":{\"urgency\":\"URGENT\",\"level\":\"SAME_DAY\",\"message\":\"Contact a doctor, an "
                + "out-of-hours service or urgent care today.\",\"safetyNet\":\"If numbness around your bottom or genitals, "
                + "trouble peeing or with bowel control, or weakness or numbness in both legs appears, go to an emergency "
                + "department straight away.\"}}";
        mvc.perform(putAsPatient(URGENT))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", ENTRY))
                .andExpect(content().string(expected));
        mvc.perform(putAsPatient(URGENT))
                .andExpect(status().isOk())
                .andExpect(content().string(expected));
    }

    @Test
    void pain_without_red_flags_is_answered_without_advice() throws Exception {
        when(commands.sendAndWait(any(LogPainCommand.class))).thenReturn(new PainOutcome(Recorded.NEW, null));
        mvc.perform(putAsPatient(CALM))
                .andExpect(status().isCreated())
                .andExpect(content().string("{\"entryId\":\"9a8b7c6d-1111-4222-8333-944455556666\","
                        + "\"recordedAt\":\"2026-11-18T07:30:00Z\",\"date\":\"2026-11-18\",\"score\":2,"
                        + "\"regions\":[],\"redFlags\":[],\"notes\":null}"));
    }
}
