package care.backcare.tracker.api.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Collection;
import java.util.UUID;

/** Looks up a patient's password hash by username; implemented by the account feature. */
public interface PatientCredentials extends UserDetailsService {

    @Override
    PatientUser loadUserByUsername(String username) throws UsernameNotFoundException;

    /**
     * The account's credential epoch: raised when the patient signs out everywhere, which ends every web
     * session signed in under an older one ({@link WebSessions}). 0 for an account that never did.
     */
    int credentialEpoch(UUID patientId);

    record PatientUser(UUID patientId, String username, String passwordHash, PatientPrincipal.Role role)
            implements UserDetails {

        public PatientUser(UUID patientId, String username, String passwordHash) {
            this(patientId, username, passwordHash, PatientPrincipal.Role.PATIENT);
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return AuthorityUtils.createAuthorityList(role.authority());
        }

        @Override
        public String getPassword() {
            return passwordHash;
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public String toString() {
            return "PatientUser[" + patientId + "]";
        }
    }
}
