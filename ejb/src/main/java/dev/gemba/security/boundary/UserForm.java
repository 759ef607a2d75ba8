package dev.gemba.security.boundary;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.gemba.security.control.PasswordPolicy;
import dev.gemba.security.entity.Role;

/**
 * What an administrator enters to create or change a user. The password is required when
 * creating and optional when updating (blank keeps the current one) and must pass {@link
 * PasswordPolicy}; version is the one the change was based on, null when creating.
 */
public record UserForm(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{gemba.username.characters}")
                String username,
        @NotBlank @Size(max = 160) String displayName,
        @Email @Size(max = 254) String email,
        boolean enabled,
        @NotEmpty Set<Role> roles,
        @Size(min = PasswordPolicy.MIN_LENGTH, max = 200, message = "{gemba.password.length}") String password,
        Long version) {}
