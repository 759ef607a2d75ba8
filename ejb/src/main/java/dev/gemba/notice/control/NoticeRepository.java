package dev.gemba.notice.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import dev.gemba.notice.entity.Audience;
import dev.gemba.notice.entity.DeliveryStatus;
import dev.gemba.notice.entity.Notice;
import dev.gemba.notice.entity.NoticeReader;
import dev.gemba.notice.entity.NoticeRecipient;

/** Notices, their readers and recipients. */
@Dependent
public class NoticeRepository {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<Notice> byTransition(long transitionId) {
        return em.createQuery("select n from Notice n where n.transitionId = :t", Notice.class)
                .setParameter("t", transitionId)
                .getResultStream()
                .findFirst();
    }

    public List<Notice> ofItem(long itemId) {
        return em.createQuery(
                        "select n from Notice n where n.itemId = :i order by n.changedAt desc, n.id desc", Notice.class)
                .setParameter("i", itemId)
                .getResultList();
    }

    /** Notices with voices from a business unit, newest change first. */
    public List<Notice> ofUnit(long unitId) {
        return em.createQuery(
                        "select n from Notice n join n.voices v where key(v) = :u order by n.changedAt desc, n.id desc",
                        Notice.class)
                .setParameter("u", unitId)
                .getResultList();
    }

    public List<NoticeRecipient> recipients(Notice notice) {
        return em.createQuery(
                        "select r from NoticeRecipient r join fetch r.reader where r.notice = :n"
                                + " order by r.audience, r.reader.address",
                        NoticeRecipient.class)
                .setParameter("n", notice)
                .getResultList();
    }

    /** The notices a person's next digest holds. */
    public List<NoticeRecipient> waiting(NoticeReader reader) {
        return em.createQuery(
                        "select r from NoticeRecipient r join fetch r.notice where r.reader = :p and r.audience = :a"
                                + " and r.status = :s order by r.notice.changedAt",
                        NoticeRecipient.class)
                .setParameter("p", reader)
                .setParameter("a", Audience.PERSON)
                .setParameter("s", DeliveryStatus.WAITING)
                .getResultList();
    }

    public Optional<NoticeRecipient> recipient(long id) {
        return Optional.ofNullable(em.find(NoticeRecipient.class, id));
    }

    /**
     * The reader of an address, created when new, locked until the transaction ends (one digest
     * plan at a time). Two transactions creating the same new reader collide on its unique
     * address: one fails and its queued work is retried, finding the reader then.
     */
    public NoticeReader lockReader(String address, String name, String language) {
        NoticeReader reader = em.createQuery("select r from NoticeReader r where r.address = :a", NoticeReader.class)
                .setParameter("a", address)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (reader == null) {
            reader = new NoticeReader(address, name, language);
            em.persist(reader);
            em.flush();
        }
        return reader;
    }

    public Optional<NoticeReader> lockReader(long id) {
        return Optional.ofNullable(em.find(NoticeReader.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void store(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
