package dev.gemba.catalog.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.Map;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;

import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.PageRequest;

/** Turns a page request's sort property into an ORDER BY, allowing only the listed properties. */
public final class SortOrder {

    private SortOrder() {}

    public static <T> Order of(
            CriteriaBuilder cb, Root<T> root, PageRequest page, Map<String, String> allowed, String defaultProperty) {
        String requested = page.sort() == null || page.sort().isBlank() ? defaultProperty : page.sort();
        String attribute = allowed.get(requested);
        if (attribute == null) {
            throw new InvalidInputException(
                    "sort",
                    text("sort.unknown", allowed.keySet().stream().sorted().toList()));
        }
        Expression<?> path = root.get(attribute);
        return page.descending() ? cb.desc(path) : cb.asc(path);
    }
}
