package care.backcare.tracker.api.support;

import care.backcare.tracker.api.security.AttemptLimiter;
import care.backcare.tracker.api.security.OperatorToken;
import care.backcare.tracker.api.security.ProblemAuthenticationEntryPoint;
import care.backcare.tracker.api.security.SecurityConfig;
import care.backcare.tracker.api.security.Throttle;
import care.backcare.tracker.api.web.Admission;
import care.backcare.tracker.api.web.ProblemResponses;
import care.backcare.tracker.api.web.StrictJsonConfig;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a {@code @WebMvcTest} of our controllers needs besides the controller: security, JSON, problems, a clock. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({SecurityConfig.class, ProblemAuthenticationEntryPoint.class, ProblemResponses.class, StrictJsonConfig.class,
        Throttle.class, AttemptLimiter.class, OperatorToken.class, TestClockConfig.class, Admission.class})
public @interface ApiSliceTest {
}
