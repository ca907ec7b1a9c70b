package care.backcare.tracker.api.health;

import care.backcare.tracker.api.support.PatientSliceTest;
import care.backcare.tracker.health.HealthProfile;
import care.backcare.tracker.health.RiskFactor;
import care.backcare.tracker.health.UpdateHealthProfileCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import java.time.Instant;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code PUT /api/me/health-profile}: the whole set of risk factors, and bad input refused before any command. */
@WebMvcTest(HealthProfileController.class)
class HealthProfileControllerTest extends PatientSliceTest {

    private static final String PATH = "/api/me/health-profile";

    @Test
    void the_risk_factors_are_recorded_and_answered_in_the_enums_order() throws Exception {
        when(commands.sendAndWait(any(UpdateHealthProfileCommand.class))).thenReturn(new HealthProfile(
                Set.of(RiskFactor.AGE_70_OR_OVER, RiskFactor.HISTORY_OF_CANCER), Instant.parse("2026-11-18T12:00:00Z")));
        mvc.perform(putAsPatient(PATH, "{\"riskFactors\":[\"AGE_70_OR_OVER\",\"HISTORY_OF_CANCER\"]}"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"riskFactors\":[\"HISTORY_OF_CANCER\",\"AGE_70_OR_OVER\"],"
                        + "\"answered\":true,\"updatedAt\":\"2026-11-18T12:00:00Z\"}"));
        verify(commands).sendAndWait(new UpdateHealthProfileCommand(PATIENT,
                Set.of(RiskFactor.AGE_70_OR_OVER, RiskFactor.HISTORY_OF_CANCER)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"riskFactors\":[\"DIABETES\"]}",
            "{\"riskFactors\":[null]}",
            "{}",
            "{\"riskFactors\":\"HISTORY_OF_CANCER\"}",
            "{\"riskFactors\":[\"HISTORY_OF_CANCER\"],\"smoker\":true}",
            "not json"})
    void an_unknown_risk_factor_or_a_malformed_body_is_a_400_and_records_nothing(String body) throws Exception {
        mvc.perform(putAsPatient(PATH, body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        verify(commands, never()).sendAndWait(any());
    }
}
