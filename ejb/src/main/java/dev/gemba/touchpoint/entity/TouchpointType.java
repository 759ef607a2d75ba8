package dev.gemba.touchpoint.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A kind of touchpoint within a phase, such as a gemba walk (Design) or a postmortem (CSI). */
@Entity
@Table(name = "touchpoint_type")
public class TouchpointType extends PhaseVocabulary {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "touchpoint_type_seq")
    @SequenceGenerator(name = "touchpoint_type_seq", sequenceName = "touchpoint_type_seq", allocationSize = 50)
    private Long id;

    protected TouchpointType() {}

    public TouchpointType(LifecyclePhase phase, String name, int position) {
        super(phase, name, position);
    }

    @Override
    public Long getId() {
        return id;
    }
}
