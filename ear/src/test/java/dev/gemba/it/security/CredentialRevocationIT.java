package dev.gemba.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import dev.gemba.security.boundary.AuthenticationService;
import dev.gemba.security.boundary.CallerIdentity;
import dev.gemba.security.control.PasswordHasher;
import dev.gemba.security.entity.Role;
import dev.gemba.security.entity.UserAccount;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A change to an account made on another node reaches this node's cached API credentials at once:
 * the change is written to the database directly, as another node's UserService would, without
 * this node's cache being told, and the next verification here must see it.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialRevocationIT {

    private static final String PASSWORD = "tulip-quarry-Denim-47";

    @EJB
    AuthenticationService authentication;

    @EJB
    RunAsAdmin admin;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    private String username;
    private long id;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(CredentialRevocationIT.class, RunAsAdmin.class);
    }

    @BeforeEach
    void anAdministratorWhoseCredentialIsCached() throws Exception {
        username = "node" + UUID.randomUUID().toString().substring(0, 8);
        id = admin.call(() -> {
            var user = new UserAccount(username, "Node Test", new PasswordHasher().hash(PASSWORD.toCharArray()));
            user.setRoles(EnumSet.of(Role.ADMIN));
            em.persist(user);
            em.flush();
            return user.getId();
        });
        CallerIdentity first =
                authentication.authenticate(username, PASSWORD.toCharArray()).orElseThrow();
        assertEquals(EnumSet.of(Role.ADMIN), first.roles());
        assertTrue(authentication.isCurrent(id, first.securityStamp()));
    }

    @Test
    void disablingElsewhereRefusesTheCachedCredentialOnTheNextCall() throws Exception {
        CallerIdentity before =
                authentication.authenticate(username, PASSWORD.toCharArray()).orElseThrow();
        admin.call(() -> {
            em.find(UserAccount.class, id).setEnabled(false);
            return null;
        });
        assertTrue(authentication.authenticate(username, PASSWORD.toCharArray()).isEmpty());
        assertFalse(authentication.isCurrent(id, before.securityStamp()), "a session of this user ends too");
    }

    @Test
    void demotingElsewhereGivesTheNewRolesOnTheNextCall() throws Exception {
        admin.call(() -> {
            em.find(UserAccount.class, id).setRoles(EnumSet.of(Role.VIEWER));
            return null;
        });
        assertEquals(
                EnumSet.of(Role.VIEWER),
                authentication
                        .authenticate(username, PASSWORD.toCharArray())
                        .orElseThrow()
                        .roles());
    }

    @Test
    void renamingKeepsTheCredentialAndSessionsValid() throws Exception {
        CallerIdentity before =
                authentication.authenticate(username, PASSWORD.toCharArray()).orElseThrow();
        admin.call(() -> {
            em.find(UserAccount.class, id).setDisplayName("Renamed");
            return null;
        });
        assertTrue(authentication.isCurrent(id, before.securityStamp()));
    }
}
