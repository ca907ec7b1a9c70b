package care.backcare.tracker.api.security;

import care.backcare.tracker.api.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what. Scripts and apps sign in per request (HTTP Basic or a personal token); the web page
 * signs in once at {@code POST /api/session} and then carries a session cookie, which is why requests
 * authenticated by that cookie must also carry the CSRF token. Share links are read-only and never a
 * login. Everything under {@code /api} not listed here is refused.
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

    @Bean
    SecurityFilterChain api(HttpSecurity http, PatientCredentials credentials, PasswordEncoder passwordEncoder,
                            PersonalTokenAuthenticator tokens, OperatorToken operator, ProblemAuthenticationEntryPoint problems,
                            ProblemResponses problemResponses, Throttle throttle, JsonMapper json) throws Exception {
        RequestMatcher cookieWrites = SecurityConfig::authenticatedByCookie;
        http
                .authorizeHttpRequests(requests -> requests
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
                        .anyRequest().permitAll())
                .authenticationProvider(new PasswordAuthenticationProvider(credentials, passwordEncoder))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
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
                .addFilterBefore(new SignInThrottleFilter(throttle, problemResponses), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new PersonalTokenAuthenticationFilter(tokens, operator, problems, throttle), BasicAuthenticationFilter.class)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions
                        .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(cookieWrites))
                .cors(Customizer.withDefaults())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny())
                        .addHeaderWriter(new SecurityHeaders()))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
