package dev.gemba.touchpoint.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import dev.gemba.touchpoint.entity.LifecyclePhase;
import org.junit.jupiter.api.Test;

class EntryDraftTest {

    @Test
    void theDraftNamesItsPhaseAndHowManyActionRowsItHad() {
        var draft = EntryDraft.parse("[[\"entry:phase_input\",\"DESIGN\"],[\"entry:summary\",\"Walk\"],"
                + "[\"entry:actions:0:actionText\",\"a\"],[\"entry:actions:2:actionText\",\"c\"]]");
        assertEquals(Optional.of(new EntryDraft(LifecyclePhase.DESIGN, 3)), draft);
    }

    @Test
    void anythingElseLeavesTheFormAsItIs() {
        assertTrue(EntryDraft.parse(null).isEmpty());
        assertTrue(EntryDraft.parse("not json").isEmpty());
        assertTrue(EntryDraft.parse("{\"a\":1}").isEmpty());
        assertEquals(Optional.of(new EntryDraft(null, 0)), EntryDraft.parse("[[\"entry:phase_input\",\"LUNCH\"]]"));
        assertEquals(
                EntryDraft.MAX_ROWS,
                EntryDraft.parse("[[\"entry:actions:999:actionText\",\"x\"]]")
                        .orElseThrow()
                        .actionRows());
    }
}
