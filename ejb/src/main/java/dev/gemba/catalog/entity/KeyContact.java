package dev.gemba.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person in the business unit whom IT talks to. */
@Embeddable
public class KeyContact {

    @Column(nullable = false, length = 160)
    private String name;

    @Column(length = 254)
    private String email;

    @Column(name = "job_title", length = 120)
    private String jobTitle;

    @Column(length = 40)
    private String phone;

    protected KeyContact() {}

    public KeyContact(String name, String email, String jobTitle, String phone) {
        this.name = name;
        this.email = email;
        this.jobTitle = jobTitle;
        this.phone = phone;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getPhone() {
        return phone;
    }
}
