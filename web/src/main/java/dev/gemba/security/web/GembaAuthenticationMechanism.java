package dev.gemba.security.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.gemba.platform.web.SecurityHeaders;
import dev.gemba.security.boundary.AuthenticationService;
import dev.gemba.security.boundary.CallerIdentity;

/**
 * One mechanism for both kinds of client. The REST API authenticates every request with HTTP
 * Basic, never creates a session and never accepts the UI's session cookie, so a page of another
 * origin cannot use a signed-in user's cookie against it; anonymous API calls get 401
 * problem+json. The UI signs in through the login page (SecurityContext.authenticate with a
 * credential), after which the caller lives in the HTTP session; anonymous page requests are
 * redirected to the login page. Every request of a session checks the account's security stamp in
 * the database, so disabling a user or changing their roles or password ends their sessions on
 * the next request, on every node.
 */
@ApplicationScoped
public class GembaAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    /** Request attribute set when a sign-in was refused for too many failures: how long to wait. */
    static final String THROTTLED = GembaAuthenticationMechanism.class.getName() + ".throttled";

    /** Query parameter of the login page: the session ended because the account changed. */
    static final String ENDED = "ended";

    @EJB
    AuthenticationService authentication;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // here, not only in a filter: a redirect, 401 or 403 from sign-in never reaches the filters
        SecurityHeaders.apply(request, response);
        Credential loginPageCredential = context.getAuthParameters().getCredential();
        if (loginPageCredential != null) {
            return signIn(request, context, loginPageCredential);
        }
        if (isApi(request) || hasBasicCredentials(request)) {
            return basic(request, response, context);
        }
        if (isStaticResource(request)) {
            return context.doNothing(); // public, and needs no database read per image
        }
        boolean ended = false;
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller caller) {
            if (authentication.isCurrent(caller.userId(), caller.securityStamp())) {
                return context.notifyContainerAboutLogin(caller.username(), caller.roles());
            }
            session.invalidate(); // disabled, deleted, or given other roles or another password
            ended = true;
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return SignInRedirect.send(request, response, context, ended);
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** API requests, and any request carrying Basic credentials: HTTP Basic on every request, or anonymous. */
    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (hasBasicCredentials(request)) {
            UsernamePasswordCredential credential =
                    basicCredential(request.getHeader("Authorization").substring(6));
            var wait = throttle.refusal(credential.getCaller(), request.getRemoteAddr());
            if (wait.isPresent()) {
                return tooManyFailures(request, response, wait.get());
            }
            return validate(request, credential)
                    .map(caller -> context.notifyContainerAboutLogin(caller.username(), caller.roleNames()))
                    .orElseGet(() -> unauthorized(request, response, "wrong username or password"));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(request, response, "sign in to use the API (HTTP Basic; the UI's session is not accepted)");
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        var wait = throttle.refusal(login.getCaller(), request.getRemoteAddr());
        if (wait.isPresent()) {
            request.setAttribute(THROTTLED, wait.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<CallerIdentity> caller = validate(request, login);
        if (caller.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        CallerIdentity identity = caller.get();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        request.getSession(true)
                .setAttribute(
                        SessionCaller.ATTRIBUTE,
                        new SessionCaller(
                                identity.userId(),
                                identity.username(),
                                identity.roleNames(),
                                identity.securityStamp()));
        return context.notifyContainerAboutLogin(identity.username(), identity.roleNames());
    }

    /** Checks the password and counts the outcome for the throttle. */
    private Optional<CallerIdentity> validate(HttpServletRequest request, UsernamePasswordCredential credential) {
        Optional<CallerIdentity> caller = authentication.authenticate(
                credential.getCaller(), credential.getPassword().getValue());
        if (caller.isPresent()) {
            throttle.succeeded(credential.getCaller(), request.getRemoteAddr());
        } else {
            throttle.failed(credential.getCaller(), request.getRemoteAddr());
        }
        return caller;
    }

    /** 429 with Retry-After; the body is written by the error page, as for 401. */
    private static AuthenticationStatus tooManyFailures(
            HttpServletRequest request, HttpServletResponse response, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        request.setAttribute(
                SignInErrorServlet.DETAIL, "too many failed sign-ins; try again in " + seconds + " seconds");
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setStatus(429);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? new UsernamePasswordCredential("", "")
                : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /**
     * Refuses the request with 401. The container then sends the error, whose body
     * {@link SignInErrorServlet} writes: problem+json with the Basic challenge for the API.
     */
    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, String detail) {
        request.setAttribute(SignInErrorServlet.DETAIL, detail);
        if (isApi(request)) {
            response.setHeader("WWW-Authenticate", SignInErrorServlet.CHALLENGE);
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
