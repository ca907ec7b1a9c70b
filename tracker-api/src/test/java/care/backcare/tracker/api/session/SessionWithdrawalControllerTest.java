package care.backcare.tracker.api.session;

import care.backcare.tracker.api.support.PatientSliceTest;
import care.backcare.tracker.session.WithdrawSessionCommand;
import care.backcare.tracker.kernel.UnknownEntryException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

import java.util.UUID;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code DELETE /api/me/sessions/{id}}: 204, unknown 404, bad id 400. */
@WebMvcTest(SessionController.class)
class SessionWithdrawalControllerTest extends PatientSliceTest {

    private static final UUID ID = UUID.fromString("9a8b7c6d-1111-4222-8333-944455556666");

    @Test
    void a_withdrawal_is_204() throws Exception {
        mvc.perform(asPatient(delete("/api/me/sessions/" + ID))).andExpect(status().isNoContent());
        verify(commands).sendAndWait(new WithdrawSessionCommand(PATIENT, ID));
    }

    @Test
    void withdrawing_an_unknown_id_is_a_404() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new CommandExecutionException("unknown",
                new UnknownEntryException("session", ID)));
        mvc.perform(asPatient(delete("/api/me/sessions/" + ID)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No session with id " + ID + "."));
    }

    @Test
    void an_id_that_is_not_a_uuid_is_a_400_and_withdraws_nothing() throws Exception {
        mvc.perform(asPatient(delete("/api/me/sessions/not-a-uuid"))).andExpect(status().isBadRequest());
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void without_authentication_a_withdrawal_is_a_401() throws Exception {
        mvc.perform(delete("/api/me/sessions/" + ID)).andExpect(status().isUnauthorized());
        verify(commands, never()).sendAndWait(any());
    }
}
