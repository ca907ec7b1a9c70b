package care.backcare.tracker.api.rest;

import care.backcare.tracker.api.support.PatientSliceTest;
import care.backcare.tracker.rest.CancelRestDayCommand;
import care.backcare.tracker.rest.RestDayOutcome;
import care.backcare.tracker.rest.RestDayReason;
import care.backcare.tracker.rest.TakeRestDayCommand;
import care.backcare.tracker.kernel.EntryConflictException;
import care.backcare.tracker.kernel.InvalidValueException;
import care.backcare.tracker.kernel.Recorded;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import java.time.LocalDate;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/me/rest-days/{date}}: 201 / 200 / 409, bounds and bad input. */
@WebMvcTest(RestDayController.class)
class RestDayControllerTest extends PatientSliceTest {

    private static final String DAY = "/api/me/rest-days/2026-11-18";

    @Test
    void a_rest_day_is_201_the_first_time_and_200_for_an_identical_repeat() throws Exception {
        when(commands.sendAndWait(any(TakeRestDayCommand.class)))
                .thenReturn(new RestDayOutcome(Recorded.NEW), new RestDayOutcome(Recorded.ALREADY_RECORDED));
        String body = "{\"reason\":\"FLARE_UP\",\"notes\":\"back flared after gardening\"}";
        mvc.perform(putAsPatient(DAY, body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", DAY))
                .andExpect(jsonPath("$.date").value("2026-11-18"))
                .andExpect(jsonPath("$.reason").value("FLARE_UP"));
        mvc.perform(putAsPatient(DAY, body)).andExpect(status().isOk());
        verify(commands, org.mockito.Mockito.times(2)).sendAndWait(new TakeRestDayCommand(PATIENT,
                LocalDate.of(2026, 11, 18), RestDayReason.FLARE_UP, "back flared after gardening"));
    }

    @Test
    void other_content_on_a_date_with_a_rest_day_is_a_409() throws Exception {
        when(commands.sendAndWait(any(TakeRestDayCommand.class))).thenThrow(new CommandExecutionException("conflict",
                new EntryConflictException("rest day", "2026-11-18")));
        mvc.perform(putAsPatient(DAY, "{\"reason\":\"ILLNESS\"}")).andExpect(status().isConflict());
    }

    @Test
    void a_date_outside_the_window_is_a_400_naming_the_date() throws Exception {
        when(commands.sendAndWait(any(TakeRestDayCommand.class))).thenThrow(new CommandExecutionException("invalid",
                new InvalidValueException("date", "must not be after today")));
        mvc.perform(putAsPatient("/api/me/rest-days/2026-11-19", "{\"reason\":\"ILLNESS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"reason\":\"HOLIDAY\"}", "{}", "{\"reason\":null}", "{\"reason\":\"OTHER\",\"notes\":7}",
            "{\"reason\":\"OTHER\",\"mood\":\"low\"}", "[]"})
    void an_unknown_reason_or_a_malformed_body_is_a_400_and_records_nothing(String body) throws Exception {
        mvc.perform(putAsPatient(DAY, body)).andExpect(status().isBadRequest());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void notes_over_2000_characters_are_a_400() throws Exception {
        mvc.perform(putAsPatient(DAY, "{\"reason\":\"OTHER\",\"notes\":\"" + "a".repeat(2_001) + "\"}"))
                .andExpect(status().isBadRequest());
        verify(commands, never()).sendAndWait(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/me/rest-days/18-11-2026", "/api/me/rest-days/2026-02-30", "/api/me/rest-days/today"})
    void a_path_that_is_not_a_date_is_a_400(String path) throws Exception {
        mvc.perform(putAsPatient(path, "{\"reason\":\"OTHER\"}")).andExpect(status().isBadRequest());
        mvc.perform(asPatient(delete(path))).andExpect(status().isBadRequest());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void delete_is_204_whether_or_not_the_date_had_a_rest_day() throws Exception {
        mvc.perform(asPatient(delete(DAY))).andExpect(status().isNoContent());
        verify(commands).sendAndWait(new CancelRestDayCommand(PATIENT, LocalDate.of(2026, 11, 18)));
    }

    @Test
    void a_list_with_from_after_to_is_a_400() throws Exception {
        mvc.perform(asPatient(get("/api/me/rest-days?from=2026-11-18&to=2026-11-01"))).andExpect(status().isBadRequest());
        mvc.perform(asPatient(get("/api/me/rest-days?from=yesterday"))).andExpect(status().isBadRequest());
    }
}
