package care.backcare.tracker.api.support;

import care.backcare.tracker.api.account.PatientZones;
import care.backcare.tracker.api.security.PatientCredentials;
import care.backcare.tracker.api.security.PatientPrincipal;
import care.backcare.tracker.api.security.PersonalTokenAuthenticator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.ZoneId;
import java.util.UUID;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * A {@code @WebMvcTest} ({@link ApiSliceTest}) of a patient's write endpoint: Axon's gateways and the account
 * lookups are mocks, and the signed-in patient lives in Lisbon.
 */
@ApiSliceTest
public abstract class PatientSliceTest {

    protected static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    @Autowired
    protected MockMvc mvc;
    @MockitoBean
    protected CommandGateway commands;
    @MockitoBean
    protected QueryGateway queries;
    @MockitoBean
    protected PatientZones zones;
    @MockitoBean
    protected PatientCredentials credentials;
    @MockitoBean
    protected PersonalTokenAuthenticator tokens;

    @BeforeEach
    void zone() {
        when(zones.of(PATIENT)).thenReturn(ZoneId.of("Europe/Lisbon"));
    }

    /** A JSON {@code PUT} signed in as {@link #PATIENT} with a password. */
    protected static MockHttpServletRequestBuilder putAsPatient(String path, String body) {
        return asPatient(put(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Any request, signed in as {@link #PATIENT} with a password. */
    protected static MockHttpServletRequestBuilder asPatient(MockHttpServletRequestBuilder request) {
        return request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                        new PatientPrincipal(PATIENT, "ana", PatientPrincipal.Method.PASSWORD), null,
                        AuthorityUtils.createAuthorityList("ROLE_PATIENT"))));
    }
}
