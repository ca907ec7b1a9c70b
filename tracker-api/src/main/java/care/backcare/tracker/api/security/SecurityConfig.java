package care.backcare.tracker.api.security;

import care.backcare.tracker.api.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import tools.jackson.databind.json.JsonMapper;

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
public class SecurityConfig {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** bcrypt, salted and deliberately slow; the {id} prefix lets the algorithm be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
    CorsConfigurationSource corsConfigurationSource(@Value("${tracker.cors.allowed-origins:}") List<String> origins) {
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

    /** The same rules for both chains: who may reach what. */
    private static void authorize(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/api/me", "/api/me/**").hasRole("PATIENT")
                .requestMatchers("/actuator/readmodels", "/actuator/readmodels/**").hasRole("OPERATOR")
                .requestMatchers(HttpMethod.POST, "/api/accounts").permitAll()
                .requestMatchers(HttpMethod.POST, SignInThrottleFilter.LOGIN_PATH).permitAll()
                .requestMatchers(HttpMethod.DELETE, SignInThrottleFilter.LOGIN_PATH).permitAll()
                .requestMatchers(HttpMethod.GET, SignInThrottleFilter.LOGIN_PATH).hasRole("PATIENT")
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
     * session is ever created and CSRF cannot apply (a browser never adds this header by itself).
     */
    @Bean
    @Order(1)
    SecurityFilterChain withCredentials(HttpSecurity http, PatientCredentials credentials, PasswordEncoder passwordEncoder,
                                        PersonalTokenAuthenticator tokens, OperatorToken operator,
                                        ProblemAuthenticationEntryPoint problems, ProblemResponses problemResponses,
                                        Throttle throttle) throws Exception {
        http.securityMatcher(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null);
        authorize(http);
        commonHeadersAndErrors(http, problems);
        http
                .authenticationProvider(new PasswordAuthenticationProvider(credentials, passwordEncoder))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new SignInThrottleFilter(throttle, problemResponses), BasicAuthenticationFilter.class)
                .addFilterBefore(new PersonalTokenAuthenticationFilter(tokens, operator, problems, throttle),
                        BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }

    /**
     * The browser: anonymous requests, and the web page's cookie session, opened at
     * {@code POST /api/session} and closed with {@code DELETE /api/session}. Writes that the session
     * cookie authenticates must carry the CSRF token.
     */
    @Bean
    @Order(2)
    SecurityFilterChain browser(HttpSecurity http, PatientCredentials credentials, PasswordEncoder passwordEncoder,
                                ProblemAuthenticationEntryPoint problems, ProblemResponses problemResponses,
                                Throttle throttle, JsonMapper json) throws Exception {
        authorize(http);
        commonHeadersAndErrors(http, problems);
        http
                .authenticationProvider(new PasswordAuthenticationProvider(credentials, passwordEncoder))
                .formLogin(form -> form
                        .loginPage("/")
                        .loginProcessingUrl(SignInThrottleFilter.LOGIN_PATH)
                        .successHandler((request, response, authentication) -> {
                            PatientPrincipal patient = (PatientPrincipal) authentication.getPrincipal();
                            response.setStatus(HttpStatus.OK.value());
                            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            json.writeValue(response.getOutputStream(),
                                    Map.of("patientId", patient.patientId(), "username", patient.username()));
                        })
                        .failureHandler((request, response, failure) -> problems.loginFailed(request, response)))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.DELETE, SignInThrottleFilter.LOGIN_PATH))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT))
                        .deleteCookies("JSESSIONID"))
                .addFilterBefore(new SameOriginSignInFilter(problemResponses), CorsFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, problemResponses), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(SecurityConfig::authenticatedByCookie));
        return http.build();
    }
}
