package dev.gemba.security.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final UserAccount user = new UserAccount("ada", "Ada", "hash-1");

    @Test
    void changingRolesEnabledOrPasswordChangesTheSecurityStamp() {
        user.setRoles(Set.of(Role.ADMIN));
        long afterRoles = user.getSecurityStamp();
        user.setEnabled(false);
        long afterDisabling = user.getSecurityStamp();
        user.setPasswordHash("hash-2");
        assertNotEquals(0, afterRoles);
        assertNotEquals(afterRoles, afterDisabling);
        assertNotEquals(afterDisabling, user.getSecurityStamp());
    }

    @Test
    void settingTheSameValuesAgainOrRenamingKeepsSessionsValid() {
        user.setRoles(Set.of(Role.VIEWER, Role.ADMIN));
        long stamp = user.getSecurityStamp();
        user.setRoles(Set.of(Role.ADMIN, Role.VIEWER));
        user.setEnabled(true);
        user.setPasswordHash("hash-1");
        user.setDisplayName("Ada Lovelace");
        user.setEmail("ada@example.com");
        assertEquals(stamp, user.getSecurityStamp());
    }
}
