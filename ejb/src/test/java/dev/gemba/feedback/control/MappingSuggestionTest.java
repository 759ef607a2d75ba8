package dev.gemba.feedback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import dev.gemba.importing.control.MappingSuggestion;
import org.junit.jupiter.api.Test;

/** Which column the import page suggests for each feedback field, from the file's header. */
class MappingSuggestionTest {

    @Test
    void aTicketIdColumnIsTheTicketAndTheExternalId() {
        Map<String, String> mapping = suggest(List.of("Ticket ID", "Created", "Caller", "Comment"));
        assertEquals("Ticket ID", mapping.get("ticketRef"));
        assertEquals("Ticket ID", mapping.get("externalId"), "an id column identifies the row: " + mapping);
        assertEquals("Comment", mapping.get("text"));
        assertEquals("Created", mapping.get("receivedAt"));
        assertEquals("Caller", mapping.get("contactName"));
    }

    @Test
    void aColumnOfItsOwnIsPreferredAsTheExternalId() {
        Map<String, String> mapping = suggest(List.of("Incident", "sys_id", "Description"));
        assertEquals("Incident", mapping.get("ticketRef"));
        assertEquals("sys_id", mapping.get("externalId"), mapping::toString);
    }

    @Test
    void wordsThatMerelyContainIdAreNoIds() {
        Map<String, String> mapping = suggest(List.of("Incident", "Valid", "Text"));
        assertNull(mapping.get("externalId"), mapping::toString);
        assertEquals("Incident", mapping.get("ticketRef"));
    }

    @Test
    void aTicketWithoutIdIsOnlyTheTicket() {
        Map<String, String> mapping = suggest(List.of("Ticket", "Created", "Comment"));
        assertEquals("Ticket", mapping.get("ticketRef"));
        assertNull(mapping.get("externalId"), mapping::toString);
    }

    private static Map<String, String> suggest(List<String> columns) {
        return MappingSuggestion.suggest(columns, new FeedbackRowHandler().fields(Map.of()));
    }
}
