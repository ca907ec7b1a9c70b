package care.backcare.tracker.api.session;

import care.backcare.tracker.api.support.PatientSliceTest;
import care.backcare.tracker.session.CompleteSessionCommand;
import care.backcare.tracker.session.SessionOutcome;
import care.backcare.tracker.session.SessionSafety;
import care.backcare.tracker.kernel.EntryConflictException;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.kernel.Recorded;
import care.backcare.tracker.api.config.TransactionTooLongException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Edge cases of {@code PUT /api/me/sessions/{id}}: every bad request is a 4xx problem and reaches no command handler. */
@WebMvcTest(SessionController.class)
class SessionControllerTest extends PatientSliceTest {

    private static final String SESSION = "/api/me/sessions/3f1c2a9e-5b7d-4c1e-9a2b-6d8e0f4a1b2c";
    private static final String VALID = """
            {"completedAt":"2026-11-18T07:30:00Z","durationMinutes":12,
             "exercises":[{"stretch":"cat-cow","holdSeconds":60,"reps":1}],"painDuring":"SHARP","notes":"ok"}""";
    private static final SessionOutcome SHARP_NEW = new SessionOutcome(Recorded.NEW, SessionSafety.SHARP_PAIN_ADVICE);
    private static final SessionOutcome SHARP_AGAIN =
            new SessionOutcome(Recorded.ALREADY_RECORDED, SessionSafety.SHARP_PAIN_ADVICE);

    private static MockHttpServletRequestBuilder putAsPatient(String body) {
        return putAsPatient(SESSION, body);
    }

    @Test
    void the_first_write_is_201_with_its_location_and_an_identical_repeat_is_200() throws Exception {
        when(commands.sendAndWait(any(CompleteSessionCommand.class))).thenReturn(SHARP_NEW, SHARP_AGAIN);
        mvc.perform(putAsPatient(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", SESSION))
                .andExpect(jsonPath("$.date").value("2026-11-18"))
                .andExpect(jsonPath("$.exercises[0].side").value("BOTH"))
                .andExpect(jsonPath("$.advice").value(containsString("sharp pain is a no-go")));
        mvc.perform(putAsPatient(VALID)).andExpect(status().isOk());
    }

    @Test
    void the_first_write_and_its_retry_answer_the_same_body_with_the_aggregates_advice() throws Exception {
        when(commands.sendAndWait(any(CompleteSessionCommand.class))).thenReturn(SHARP_NEW, SHARP_AGAIN);
        String expected = "{\"sessionId\":\"3f1c2a9e-5b7d-4c1e-9a2b-6d8e0f4a1b2c\",\"completedAt\":\"2026-11-18T07:30:00Z\","
                + "\"date\":\"2026-11-18\",\"durationMinutes\":12,"
                + "\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":60,\"reps\":1,\"side\":\"BOTH\"}],"
                + "\"painDuring\":\"SHARP\",\"notes\":\"ok\","
                + "\"advice\":\"Stop if it hurts: sharp pain is a no-go. Don't stretch through it; rest, ice or walk gently "
                + "instead, and check in with a physiotherapist or doctor if sharp pain comes back.\"}";
        mvc.perform(putAsPatient(VALID)).andExpect(status().isCreated()).andExpect(content().string(expected));
        mvc.perform(putAsPatient(VALID)).andExpect(status().isOk()).andExpect(content().string(expected));
    }

    @Test
    void the_advice_is_the_one_the_aggregate_answered() throws Exception {
        when(commands.sendAndWait(any(CompleteSessionCommand.class))).thenReturn(new SessionOutcome(Recorded.NEW, null));
        mvc.perform(putAsPatient(VALID))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.painDuring").value("SHARP"))
                .andExpect(jsonPath("$.advice").doesNotExist());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "string for a number   | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":\"12\",\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1}]} | durationMinutes | must be an integer",
            "fraction for integer  | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12.5,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1}]} | durationMinutes | must be an integer",
            "epoch for an instant  | {\"completedAt\":1763451000,\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1}]} | completedAt | must be an ISO-8601 instant such as 2026-11-16T07:30:00Z",
            "no offset on instant  | {\"completedAt\":\"2026-11-18T07:30:00\",\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1}]} | completedAt | must be an ISO-8601 instant such as 2026-11-16T07:30:00Z",
            "unknown enum value    | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1,\"side\":\"UP\"}]} | exercises[0].side | must be one of BOTH, LEFT, RIGHT",
            "lower-case enum       | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1}],\"painDuring\":\"sharp\"} | painDuring | must be one of NONE, MILD, SHARP",
            "unknown field         | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1}],\"mood\":\"good\"} | mood | is not a known field",
            "unknown stretch       | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"headstand\",\"holdSeconds\":1,\"reps\":1}]} | exercises[0].stretch | is not a stretch of the catalog (see GET /api/stretches)",
            "duration out of range | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":241,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1}]} | durationMinutes | must be less than or equal to 240",
            "hold out of range     | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":601,\"reps\":1}]} | exercises[0].holdSeconds | must be less than or equal to 600",
            "zero reps             | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":0}]} | exercises[0].reps | must be greater than or equal to 1",
            "no exercises          | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12,\"exercises\":[]} | exercises | size must be between 1 and 100",
            "null exercise         | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12,\"exercises\":[null]} | exercises[0] | must not be null",
            "missing instant       | {\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1}]} | completedAt | must not be null",
            "object for a string   | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1}],\"notes\":{\"a\":1}} | notes | must be a string",
            "number for a string   | {\"completedAt\":\"2026-11-18T07:30:00Z\",\"durationMinutes\":12,\"exercises\":[{\"stretch\":\"cat-cow\",\"holdSeconds\":1,\"reps\":1}],\"notes\":5} | notes | must be a string",
    })
    void bad_fields_are_400_naming_the_field_and_send_no_command(String name, String body, String field, String message)
            throws Exception {
        mvc.perform(putAsPatient(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void notes_over_2000_characters_are_refused() throws Exception {
        String body = VALID.replace("\"notes\":\"ok\"", "\"notes\":\"" + "é".repeat(2001) + "\"");
        mvc.perform(putAsPatient(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("notes"));
        verify(commands, never()).sendAndWait(any());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "truncated   | {\"completedAt\":",
            "not json    | hello",
            "two objects | {}{}",
            "duplicate   | {\"durationMinutes\":1,\"durationMinutes\":2}",
            "an array    | []",
            "a string    | \"x\""})
    void a_body_that_is_not_a_json_object_is_400(String name, String body) throws Exception {
        mvc.perform(putAsPatient(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").exists());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void a_session_id_that_is_not_a_uuid_is_400() throws Exception {
        mvc.perform(putAsPatient("/api/me/sessions/42", VALID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sessionId"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void an_oversize_body_is_413() throws Exception {
        String body = VALID.replace("\"notes\":\"ok\"", "\"notes\":\"" + "x".repeat(70_000) + "\"");
        mvc.perform(putAsPatient(body))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void a_body_that_is_not_json_is_415() throws Exception {
        mvc.perform(putAsPatient(VALID).contentType(MediaType.TEXT_PLAIN))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void an_id_reused_for_other_content_is_409() throws Exception {
        when(commands.sendAndWait(any(CompleteSessionCommand.class)))
                .thenThrow(new EntryConflictException("session", UUID.randomUUID()));
        mvc.perform(putAsPatient(VALID))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_rule_the_aggregate_enforces_is_400_with_its_field() throws Exception {
        when(commands.sendAndWait(any(CompleteSessionCommand.class)))
                .thenThrow(new InvalidValueException("completedAt", "must not be more than 5 minutes in the future"));
        mvc.perform(putAsPatient(VALID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("completedAt"));
    }

    @Test
    void an_unexpected_failure_is_500_and_tells_nothing_about_the_inside() throws Exception {
        when(commands.sendAndWait(any(CompleteSessionCommand.class)))
                .thenThrow(new IllegalStateException("ERROR: relation session_log; SQL insert into ... notes='ok'"));
        mvc.perform(putAsPatient(VALID))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("SQL"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("at care.backcare"))));
    }

    @Test
    void a_write_rolled_back_for_taking_too_long_is_503_with_retry_after() throws Exception {
        when(commands.sendAndWait(any(CompleteSessionCommand.class))).thenThrow(new CommandExecutionException(
                "commit failed", new TransactionTooLongException(Duration.ofSeconds(21), Duration.ofSeconds(20))));
        mvc.perform(putAsPatient(VALID))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Nothing was recorded")));
    }

    @Test
    void without_credentials_it_is_401_with_a_challenge() throws Exception {
        mvc.perform(put(SESSION).contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(commands, never()).sendAndWait(any());
    }
}
