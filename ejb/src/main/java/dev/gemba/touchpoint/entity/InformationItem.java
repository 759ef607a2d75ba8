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

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "information_item_seq")
    @SequenceGenerator(name = "information_item_seq", sequenceName = "information_item_seq", allocationSize = 50)
    private Long id;

    protected InformationItem() {}

    public InformationItem(LifecyclePhase phase, String name, int position) {
        super(phase, name, position);
    }

    @Override
    public Long getId() {
        return id;
    }
}
