package dev.gemba.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A point on a review's agenda: a pack section or a point the relationship manager added, with its minutes. */
@Entity
@Table(name = "review_agenda_item")
public class AgendaItem {

    public static final int MAX_TITLE = 200;
    public static final int MAX_NOTES = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_agenda_item_seq")
    @SequenceGenerator(name = "review_agenda_item_seq", sequenceName = "review_agenda_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private ServiceReview review;

    @Column(nullable = false)
    private int position;

    /** The pack section the point presents; null for a point added by hand. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 24)
    private PackSection section;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_NOTES)
    private String notes;

    protected AgendaItem() {}

    public AgendaItem(ServiceReview review, PackSection section, String title) {
        this.review = review;
        this.section = section;
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public ServiceReview getReview() {
        return review;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public PackSection getSection() {
        return section;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
