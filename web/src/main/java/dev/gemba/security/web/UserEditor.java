package dev.gemba.security.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.gemba.security.boundary.UserForm;
import dev.gemba.security.boundary.UserSummary;
import dev.gemba.security.entity.Role;

/** The user dialog's fields while an administrator edits them. */
public class UserEditor implements Serializable {

    private Long id;
    private Long version;
    private String username;
    private String displayName;
    private String email;
    private boolean enabled = true;
    private List<String> roles = new ArrayList<>();
    private String password;

    static UserEditor of(UserSummary user) {
        var editor = new UserEditor();
        editor.id = user.id();
        editor.version = user.version();
        editor.username = user.username();
        editor.displayName = user.displayName();
        editor.email = user.email();
        editor.enabled = user.enabled();
        editor.roles = new ArrayList<>(user.roles().stream().map(Enum::name).toList());
        return editor;
    }

    UserForm toForm() {
        return new UserForm(
                username,
                displayName,
                email,
                enabled,
                roles.stream().map(Role::valueOf).collect(() -> EnumSet.noneOf(Role.class), Set::add, Set::addAll),
                password == null || password.isEmpty() ? null : password,
                version);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
