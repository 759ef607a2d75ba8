package dev.gemba.steering.control;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.steering.entity.AgendaPoint;
import dev.gemba.steering.entity.Committee;
import dev.gemba.steering.entity.Meeting;
import dev.gemba.steering.entity.MeetingStatus;

/** Stores and finds committees, their meetings and agenda points. */
@Dependent
public class CommitteeRepository {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<Committee> find(long id) {
        return Optional.ofNullable(em.find(Committee.class, id));
    }

    public List<Committee> all() {
        return em.createQuery("select c from Committee c order by lower(c.name), c.id", Committee.class)
                .getResultList();
    }

    public Optional<Committee> byName(String name) {
        return em.createQuery("select c from Committee c where lower(c.name) = lower(:n)", Committee.class)
                .setParameter("n", name)
                .getResultStream()
                .findFirst();
    }

    public void store(Object entity) {
        em.persist(entity);
    }

    public void remove(AgendaPoint point) {
        em.remove(point);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Meeting> meeting(long id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    public List<Meeting> meetings(Committee committee) {
        return em.createQuery(
                        "select m from Meeting m where m.committee = :c order by m.scheduledOn desc, m.id desc",
                        Meeting.class)
                .setParameter("c", committee)
                .getResultList();
    }

    /** The earliest scheduled meeting of the committee, if any. */
    public Optional<Meeting> nextMeeting(Committee committee) {
        return em.createQuery(
                        "select m from Meeting m where m.committee = :c and m.status = :s"
                                + " order by m.scheduledOn, m.id",
                        Meeting.class)
                .setParameter("c", committee)
                .setParameter("s", MeetingStatus.SCHEDULED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<AgendaPoint> agenda(Meeting meeting) {
        return em.createQuery(
                        "select p from AgendaPoint p where p.meeting = :m order by p.position, p.id", AgendaPoint.class)
                .setParameter("m", meeting)
                .getResultList();
    }

    public Optional<AgendaPoint> point(long id) {
        return Optional.ofNullable(em.find(AgendaPoint.class, id));
    }

    /** Names of the services and business units with these ids, sorted. */
    public List<String> serviceNames(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : em.createQuery("select s.name from ItService s where s.id in :ids order by s.name", String.class)
                        .setParameter("ids", ids)
                        .getResultList();
    }

    public List<String> businessUnitNames(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : em.createQuery("select b.name from BusinessUnit b where b.id in :ids order by b.name", String.class)
                        .setParameter("ids", ids)
                        .getResultList();
    }

    public long countServices(Collection<Long> ids) {
        return ids.isEmpty()
                ? 0
                : em.createQuery("select count(s) from ItService s where s.id in :ids", Long.class)
                        .setParameter("ids", ids)
                        .getSingleResult();
    }

    public long countBusinessUnits(Collection<Long> ids) {
        return ids.isEmpty()
                ? 0
                : em.createQuery("select count(b) from BusinessUnit b where b.id in :ids", Long.class)
                        .setParameter("ids", ids)
                        .getSingleResult();
    }
}
