package dev.gemba.touchpoint.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Something a phase's touchpoints should capture from the business, such as business goals (Strategy). */
@Entity
@Table(name = "information_item")
public class InformationItem extends PhaseVocabulary {

    /** Positions index the bits of a touchpoint's information mask (a signed 64-bit column). */
    public static final int MAX_PER_PHASE = 63;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "information_item_seq")
    @SequenceGenerator(name = "information_item_seq", sequenceName = "information_item_seq", allocationSize = 50)
    private Long id;

    protected InformationItem() {}

    public InformationItem(LifecyclePhase phase, String name, int position) {
        super(phase, name, position);
    }

    public static long bit(int position) {
        return 1L << position;
    }

    @Override
    public Long getId() {
        return id;
    }
}
