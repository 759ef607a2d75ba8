package dev.gemba.catalog.boundary;

import static dev.gemba.platform.control.InputValidator.blankToNull;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dev.gemba.catalog.entity.KeyContact;

/** A key contact of a business unit, as entered and as shown. */
public record KeyContactEntry(
        @NotBlank @Size(max = 160) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 120) String jobTitle,
        @Size(max = 40) String phone) {

    static KeyContactEntry of(KeyContact c) {
        return new KeyContactEntry(c.getName(), c.getEmail(), c.getJobTitle(), c.getPhone());
    }

    KeyContact toContact() {
        return new KeyContact(name.strip(), blankToNull(email), blankToNull(jobTitle), blankToNull(phone));
    }
}
