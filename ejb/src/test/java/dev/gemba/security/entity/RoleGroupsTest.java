package dev.gemba.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RoleGroupsTest {

    @Test
    void everyPeopleRoleAddsThePersonGroup() {
        for (Role role : Role.values()) {
            if (role != Role.INTEGRATION) {
                assertEquals(Set.of(role.name(), Role.PERSON_NAME), Role.groupsOf(List.of(role)), role.name());
            }
        }
    }

    @Test
    void aMachineAccountIsNoPerson() {
        assertEquals(Set.of("INTEGRATION"), Role.groupsOf(List.of(Role.INTEGRATION)));
    }

    @Test
    void aMachineAccountThatIsAlsoAPersonIsAPerson() {
        assertEquals(
                Set.of("INTEGRATION", "VIEWER", Role.PERSON_NAME),
                Role.groupsOf(List.of(Role.INTEGRATION, Role.VIEWER)));
    }

    @Test
    void noRolesNoGroups() {
        assertEquals(Set.of(), Role.groupsOf(List.of()));
    }
}
