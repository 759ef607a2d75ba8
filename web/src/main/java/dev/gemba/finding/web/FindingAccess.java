package dev.gemba.finding.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import dev.gemba.security.entity.Role;

/** Whether the caller may raise findings and decide suggestions (the services enforce it too). */
@Named
@RequestScoped
public class FindingAccess {

    @Inject
    SecurityContext security;

    public boolean isWriter() {
        return security.isCallerInRole(Role.ADMIN_NAME)
                || security.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME)
                || security.isCallerInRole(Role.SERVICE_DESK_NAME);
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }
}
