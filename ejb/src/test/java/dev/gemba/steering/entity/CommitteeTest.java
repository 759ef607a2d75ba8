package dev.gemba.steering.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CommitteeTest {

    private final Committee committee = new Committee("admin", Instant.EPOCH);

    @Test
    void aScopedCommitteeCoversWhatTouchesOneOfItsServicesOrUnits() {
        committee.getServiceIds().add(1L);
        committee.getBusinessUnitIds().add(10L);
        assertTrue(committee.covers(Set.of(1L, 2L), Set.of()));
        assertTrue(committee.covers(Set.of(), Set.of(10L)));
        assertFalse(committee.covers(Set.of(2L), Set.of(11L)));
        assertFalse(committee.covers(Set.of(), Set.of()), "an item without scope belongs to whole-register committees");
    }

    @Test
    void aWholeRegisterCommitteeCoversEverything() {
        committee.setEverything(true);
        assertTrue(committee.covers(Set.of(), Set.of()));
        assertTrue(committee.covers(Set.of(5L), Set.of()));
    }

    @Test
    void membershipIsTheMemberList() {
        committee.setChair("sam");
        committee.getMembers().add("rita");
        assertTrue(committee.hasMember("rita"));
        assertFalse(committee.hasMember("sam"));
    }
}
