package dev.gemba.platform.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import dev.gemba.platform.boundary.FieldError;

/**
 * Checks a request body against the record it is bound to, before binding, so that each mistake
 * is reported with the field's path ({@code followUps[0].status}) instead of a Java class name:
 * enum values by name, whole numbers without a fraction and within range, booleans, ISO dates and
 * the nesting of objects and lists. Unknown properties are left to the binder, which ignores them.
 */
final class JsonShape {

    private static final Set<Class<?>> WHOLE =
            Set.of(long.class, Long.class, int.class, Integer.class, short.class, Short.class, byte.class, Byte.class);
    private static final Set<Class<?>> DECIMAL =
            Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

    private JsonShape() {}

    static void check(Type type, JsonValue value, String path, List<FieldError> errors) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw.isEnum()) {
            enumValue(raw, value, path, errors);
        } else if (WHOLE.contains(raw)) {
            wholeNumber(raw, value, path, errors);
        } else if (DECIMAL.contains(raw)) {
            expect(value instanceof JsonNumber, path, "must be a number", errors);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(value == JsonValue.TRUE || value == JsonValue.FALSE, path, "must be true or false", errors);
        } else if (raw == LocalDate.class) {
            date(value, path, errors, text -> LocalDate.parse(text), "must be a date such as 2026-01-31");
        } else if (raw == Instant.class) {
            date(value, path, errors, text -> Instant.parse(text), "must be an instant such as 2026-01-31T09:30:00Z");
        } else if (raw.isRecord()) {
            object(raw, value, path, errors);
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (expect(value.getValueType() == JsonValue.ValueType.ARRAY, path, "must be a list", errors)) {
                Type element = argument(type, 0);
                var array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    check(element, array.get(i), path + "[" + i + "]", errors);
                }
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (expect(value.getValueType() == JsonValue.ValueType.OBJECT, path, "must be an object", errors)) {
                Type element = argument(type, 1);
                value.asJsonObject().forEach((key, item) -> check(element, item, join(path, key), errors));
            }
        }
    }

    private static void object(Class<?> record, JsonValue value, String path, List<FieldError> errors) {
        if (!expect(value.getValueType() == JsonValue.ValueType.OBJECT, path, "must be an object", errors)) {
            return;
        }
        var object = value.asJsonObject();
        for (RecordComponent component : record.getRecordComponents()) {
            check(component.getGenericType(), object.get(component.getName()), join(path, component.getName()), errors);
        }
    }

    private static void enumValue(Class<?> type, JsonValue value, String path, List<FieldError> errors) {
        boolean known = value instanceof JsonString name
                && Arrays.stream(type.getEnumConstants())
                        .anyMatch(c -> ((Enum<?>) c).name().equals(name.getString()));
        expect(known, path, "must be one of " + Arrays.toString(type.getEnumConstants()), errors);
    }

    private static void wholeNumber(Class<?> type, JsonValue value, String path, List<FieldError> errors) {
        boolean whole = false;
        if (value instanceof JsonNumber number && number.isIntegral()) {
            BigDecimal n = number.bigDecimalValue();
            long min = type == long.class || type == Long.class ? Long.MIN_VALUE : Integer.MIN_VALUE;
            long max = type == long.class || type == Long.class ? Long.MAX_VALUE : Integer.MAX_VALUE;
            whole = n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(max)) <= 0;
        }
        expect(whole, path, "must be a whole number", errors);
    }

    private static void date(
            JsonValue value,
            String path,
            List<FieldError> errors,
            java.util.function.Function<String, Object> parse,
            String message) {
        boolean valid = false;
        if (value instanceof JsonString text) {
            try {
                parse.apply(text.getString());
                valid = true;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        expect(valid, path, message, errors);
    }

    private static boolean expect(boolean condition, String path, String message, List<FieldError> errors) {
        if (!condition) {
            errors.add(new FieldError(path.isEmpty() ? "body" : path, message));
        }
        return condition;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index]
                : Object.class;
    }
}
