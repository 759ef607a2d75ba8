package dev.gemba.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Standard browser security headers. Scripts: this policy allows same-origin and inline ones, and
 * on every page PrimeFaces adds a second policy (primefaces.CSP in web.xml) that allows only
 * same-origin scripts and inline ones carrying the response's nonce. Browsers enforce both, so an
 * injected script without the nonce does not run. Everything else is same-origin only. The server
 * sets the same headers on responses that never reach the application (configure-gemba.cli).
 */
public final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (request.getRequestURI().equals(request.getContextPath() + "/favicon.ico")) {
            response.setHeader("Cache-Control", "public, max-age=604800"); // a week: the icon rarely changes
        } else if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
