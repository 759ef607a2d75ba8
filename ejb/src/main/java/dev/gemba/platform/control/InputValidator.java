package dev.gemba.platform.control;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;

/** Runs Bean Validation on a form record and reports every violation by field. */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public <T> T check(T form) {
        if (form == null) {
            throw new InvalidInputException("body", "is required");
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

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.isEmpty() ? "body" : path;
    }
}
