package dev.gemba.security.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.security.entity.Role;
import dev.gemba.security.entity.UserAccount;

/** Stores and finds user accounts. */
@Dependent
public class UserAccountRepository {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    /** The security stamp of an enabled account, empty when it is disabled or gone: one read by primary key. */
    public Optional<Long> securityStampOfEnabled(long id) {
        return em.createQuery(
                        "select u.securityStamp from UserAccount u where u.id = :id and u.enabled = true", Long.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public List<UserAccount> findAll() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList();
    }

    public boolean existsEnabledWithRole(Role role) {
        return !em.createQuery(
                        "select u.id from UserAccount u join u.roles r where r = :role and u.enabled = true",
                        Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    public UserAccount store(UserAccount user) {
        em.persist(user);
        return user;
    }

    public void remove(UserAccount user) {
        em.remove(user);
    }

    /** Writes pending changes now, so that a returned record carries the new version. */
    public void flush() {
        em.flush();
    }
}
