package care.backcare.tracker.api.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    /** bcrypt, salted and deliberately slow; the {id} prefix lets the algorithm be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, PatientCredentials credentials, PasswordEncoder passwordEncoder,
                            PersonalTokenAuthenticator tokens, ProblemAuthenticationEntryPoint problems) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/me", "/api/me/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/accounts").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/stretches").permitAll()
                        .requestMatchers("/api/**").denyAll()
                        .anyRequest().permitAll())
                .authenticationProvider(new PasswordAuthenticationProvider(credentials, passwordEncoder))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new PersonalTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
