package dev.gemba.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;

import dev.gemba.platform.boundary.DuplicateException;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void invalidInputIs400WithEveryField() {
        var problem = mapper.toProblem(new InvalidInputException(
                List.of(new FieldError("name", "must not be blank"), new FieldError("status", "must not be null"))));
        assertEquals(400, problem.status());
        assertEquals(
                List.of("name", "status"),
                problem.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void staleAndOptimisticLockFailuresAre409OnVersion() {
        assertEquals(
                409,
                mapper.toProblem(new StaleUpdateException("service", 1, 0, 1)).status());
        var problem = mapper.toProblem(new OptimisticLockException());
        assertEquals(409, problem.status());
        assertEquals("version", problem.errors().get(0).field());
    }

    @Test
    void duplicateIs409OnTheField() {
        var problem = mapper.toProblem(new DuplicateException("name", "taken"));
        assertEquals(409, problem.status());
        assertEquals("name", problem.errors().get(0).field());
    }

    @Test
    void aBrokenRuleIs409NamingTheRule() {
        var problem = mapper.toProblem(new dev.gemba.platform.boundary.RuleViolationException("workflow.order", "no"));
        assertEquals(409, problem.status());
        assertEquals("workflow.order", problem.rule());
        assertEquals("https://gemba.dev/problems/rule-violation", problem.type().toString());
    }

    @Test
    void notFoundAndForbidden() {
        assertEquals(
                404, mapper.toProblem(new RecordNotFoundException("service", 7)).status());
        assertEquals(403, mapper.toProblem(new EJBAccessException("no")).status());
    }

    @Test
    void unreadableJsonNamesThePropertyWhenTheBinderDoes() {
        var problem = mapper.toProblem(new JsonbException(
                "Unable to deserialize property 'criticality' because of: " + "No enum constant",
                new IllegalArgumentException("No enum constant Criticality.HUGE")));
        assertEquals(400, problem.status());
        assertEquals("criticality", problem.errors().get(0).field());
    }

    @Test
    void unexpectedErrorsDoNotLeakDetails() {
        var problem = mapper.toProblem(new IllegalStateException("secret internals"));
        assertEquals(500, problem.status());
        assertNull(problem.errors());
        assertEquals(false, problem.detail().contains("secret"));
    }
}
