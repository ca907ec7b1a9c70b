package care.backcare.tracker.api.security;

import care.backcare.tracker.api.web.Admission;
import care.backcare.tracker.api.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what. Scripts and apps sign in per request (HTTP Basic or a personal token) and get a
 * stateless chain; the web page signs in once at {@code POST /api/session} and then carries a session
 * cookie, which is why requests authenticated by that cookie must also carry the CSRF token (and why a
 * sign-in posted from another site is refused: {@link SameOriginSignInFilter}). Share links
 * are read-only and never a login. Everything under {@code /api} not listed here is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({CorsProperties.class, ThrottleProperties.class, WebSessionProperties.class,
        PublicAddressProperties.class})
public class SecurityConfig {

    /** The web page's sign-in ({@code POST}), sign-out ({@code DELETE}) and who-am-I ({@code GET}). */
    static final String LOGIN_PATH = "/api/session";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /**
     * bcrypt, salted and deliberately slow; the {id} prefix lets the algorithm be upgraded later; the
     * password NFKC-normalised first ({@link NormalizingPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new NormalizingPasswordEncoder();
    }

    /** No Micrometer observation around each security filter: measurable per-request cost, nothing read. */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /** Closed by default: cross-origin browser requests are refused unless origins are configured. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties cors) {
        List<String> origins = cors.allowedOrigins();
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        CorsConfiguration api = new CorsConfiguration();
        if (!origins.isEmpty()) {
            api.setAllowedOrigins(origins);
            api.setAllowedMethods(List.of("GET", "PUT", "POST", "DELETE"));
            api.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE));
            api.setAllowCredentials(false);
        }
        // with no origins listed, every cross-origin request (preflight or not) is answered 403
        source.registerCorsConfiguration("/**", api);
        return source;
    }

    /** CSRF matters only where the browser sends credentials by itself: a session cookie, no Authorization header. */
    static boolean authenticatedByCookie(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && request.getRequestedSessionId() != null;
    }

    /**
     * The password check, alone: no parent manager behind it. Spring would otherwise build a global one from
     * the {@link PatientCredentials} bean, and a sign-in refused here as throttled would be checked there
     * again, unthrottled (that was how a throttled address still got in).
     */
    private static ProviderManager passwordsOnly(PatientCredentials credentials, PasswordEncoder passwordEncoder,
                                                 Throttle throttle, Admission admission) {
        return new ProviderManager(new PasswordAuthenticationProvider(credentials, passwordEncoder, throttle, admission));
    }

    /** The same rules for both chains: who may reach what. */
    private static void authorize(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.PUT, "/api/me/password").hasAnyRole("PATIENT", "CLINICIAN")
                .requestMatchers("/api/me/tokens", "/api/me/tokens/**").hasAnyRole("PATIENT", "CLINICIAN")
                .requestMatchers("/api/me", "/api/me/**").hasRole("PATIENT")
                .requestMatchers("/api/clinician", "/api/clinician/**").hasRole("CLINICIAN")
                .requestMatchers(HttpMethod.POST, "/api/clinicians").permitAll()
                .requestMatchers("/actuator/readmodels", "/actuator/readmodels/**", "/actuator/prometheus")
                .hasRole("OPERATOR")
                .requestMatchers(HttpMethod.POST, "/api/accounts").permitAll()
                .requestMatchers(HttpMethod.POST, LOGIN_PATH).permitAll()
                .requestMatchers(HttpMethod.DELETE, LOGIN_PATH).permitAll()
                .requestMatchers(HttpMethod.GET, LOGIN_PATH).hasAnyRole("PATIENT", "CLINICIAN")
                .requestMatchers(HttpMethod.GET, "/api/stretches").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/shared/**").permitAll()
                .requestMatchers("/api/**").denyAll()
                .requestMatchers(HttpMethod.GET, "/shared/**").permitAll()
                .requestMatchers("/shared/**").denyAll()
                .anyRequest().permitAll());
    }

    private static void commonHeadersAndErrors(HttpSecurity http, ProblemAuthenticationEntryPoint problems)
            throws Exception {
        http
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .cors(Customizer.withDefaults())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny())
                        .addHeaderWriter(new SecurityHeaders()))
                .requestCache(cache -> cache.disable());
    }

    /**
     * Scripts, apps and operators: credentials on every request (HTTP Basic or a bearer token), so no
     * session is ever created and CSRF cannot apply (a browser never adds this header by itself). The
     * sign-in limits are enforced by the providers, where the secrets are checked.
     */
    @Bean
    @Order(1)
    SecurityFilterChain withCredentials(HttpSecurity http, PatientCredentials credentials, PasswordEncoder passwordEncoder,
                                        PersonalTokenAuthenticator tokens, OperatorToken operator,
                                        ProblemAuthenticationEntryPoint problems, Throttle throttle,
                                        Admission admission) throws Exception {
        http.securityMatcher(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null);
        authorize(http);
        commonHeadersAndErrors(http, problems);
        AuthenticationFilter bearer = new AuthenticationFilter(
                new ProviderManager(new PersonalTokenAuthenticationProvider(tokens, operator, throttle)),
                new BearerToken.Converter());
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));
        bearer.setSuccessHandler((request, response, authentication) -> {
            // go on with the request, authenticated
        });
        http
                .authenticationManager(passwordsOnly(credentials, passwordEncoder, throttle, admission))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /**
     * The browser: anonymous requests, and the web page's cookie session, opened at
     * {@code POST /api/session} and closed with {@code DELETE /api/session}. Writes that the session
     * cookie authenticates must carry the CSRF token. Sessions end on their own ({@link WebSessions}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, PatientCredentials credentials, PasswordEncoder passwordEncoder,
                                ProblemAuthenticationEntryPoint problems, ProblemResponses problemResponses,
                                Throttle throttle, Admission admission, JsonMapper json, Clock clock,
                                WebSessionProperties sessionProperties) throws Exception {
        authorize(http);
        commonHeadersAndErrors(http, problems);
        http
                .authenticationManager(passwordsOnly(credentials, passwordEncoder, throttle, admission))
                .formLogin(form -> form
                        .loginPage("/")
                        .loginProcessingUrl(LOGIN_PATH)
                        .successHandler((request, response, authentication) -> {
                            PatientPrincipal patient = (PatientPrincipal) authentication.getPrincipal();
                            WebSessions.signedIn(request, patient.patientId(), credentials, clock);
                            response.setStatus(HttpStatus.OK.value());
                            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            json.writeValue(response.getOutputStream(),
                                    Map.of("patientId", patient.patientId(), "username", patient.username(),
                                            "role", patient.role().name()));
                        })
                        .failureHandler(problems::loginFailed))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.DELETE, LOGIN_PATH))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT))
                        .deleteCookies("JSESSIONID"))
                .addFilterBefore(new SameOriginSignInFilter(problemResponses), CorsFilter.class)
                .addFilterAfter(new WebSessions(credentials, clock, sessionProperties), SecurityContextHolderFilter.class)
                .sessionManagement(sessions -> sessions
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(SecurityConfig::authenticatedByCookie));
        return http.build();
    }
}
