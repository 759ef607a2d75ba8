package dev.gemba.platform.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.lang.annotation.ElementType;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;

/**
 * Runs Bean Validation on a form record and reports every violation by field, its message in the
 * caller's language ({@link CallerLocale}: German or English); normalises optional texts.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    ValidatorFactory factory;

    private Validator validator;

    /**
     * Forms are records, never entities, so every property may be traversed. The default resolver
     * asks JPA whether each property is loaded, through a cache Hibernate synchronises globally:
     * under concurrent submissions the request threads queued on that lock.
     */
    @PostConstruct
    void init() {
        validator = factory.usingContext()
                .traversableResolver(new FormsAreTraversable())
                .messageInterpolator(new InCallersLanguage(factory.getMessageInterpolator()))
                .getValidator();
    }

    public <T> T check(T form) {
        if (form == null) {
            throw new InvalidInputException("body", text("body.required"));
        }
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            throw new InvalidInputException(errors);
        }
        return form;
    }

    /** Interpolates in the caller's language instead of the server's default locale. */
    private record InCallersLanguage(MessageInterpolator delegate) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, CallerLocale.current());
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return delegate.interpolate(template, context, locale);
        }
    }

    private static final class FormsAreTraversable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.isEmpty() ? "body" : path;
    }

    /** An optional text as stored: stripped, and null when absent or blank. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
