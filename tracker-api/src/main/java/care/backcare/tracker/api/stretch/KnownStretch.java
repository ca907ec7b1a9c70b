package care.backcare.tracker.api.stretch;

import care.backcare.tracker.stretch.StretchCatalog;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The id of a stretch in the catalog ({@code GET /api/stretches}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownStretch.Validator.class)
public @interface KnownStretch {

    String message() default "is not a stretch of the catalog (see GET /api/stretches)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownStretch, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || StretchCatalog.contains(value);
        }
    }
}
