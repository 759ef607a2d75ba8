package dev.gemba.touchpoint.boundary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.gemba.catalog.boundary.ServiceRef;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import dev.gemba.touchpoint.entity.Touchpoint;
import dev.gemba.touchpoint.entity.TouchpointChannel;

/**
 * A touchpoint as shown and returned by the API.
 *
 * @param notesAnalysis what the text analysis made of the notes (or of the summary without notes)
 */
public record TouchpointDetails(
        long id,
        Instant occurredAt,
        LifecyclePhase phase,
        long typeId,
        String typeName,
        long businessUnitId,
        String businessUnitName,
        List<ServiceRef> services,
        TouchpointChannel channel,
        String summary,
        String notes,
        String outcomes,
        List<String> itParticipants,
        List<String> businessContacts,
        List<VocabularyEntry> informationCaptured,
        List<FollowUpDetails> followUps,
        NotesInsight notesAnalysis,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    static TouchpointDetails of(Touchpoint t, java.time.LocalDate today) {
        return new TouchpointDetails(
                t.getId(),
                t.getOccurredAt(),
                t.getPhase(),
                t.getType().getId(),
                t.getType().label(),
                t.getBusinessUnit().getId(),
                t.getBusinessUnit().getName(),
                t.getServices().stream()
                        .map(ServiceRef::of)
                        .sorted(Comparator.comparing(ServiceRef::name))
                        .toList(),
                t.getChannel(),
                t.getSummary(),
                t.getNotes(),
                t.getOutcomes(),
                t.getItParticipants(),
                t.getBusinessContacts(),
                t.getInformationCaptured().stream()
                        .map(VocabularyEntry::of)
                        .sorted(Comparator.comparingInt(VocabularyEntry::position))
                        .toList(),
                t.getFollowUps().stream().map(f -> FollowUpDetails.of(f, today)).toList(),
                NotesInsight.of(t.notesAnalysis()),
                t.getCreatedBy(),
                t.getCreatedAt(),
                t.getUpdatedBy(),
                t.getUpdatedAt(),
                t.getVersion());
    }
}
