package dev.gemba.security.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One mechanism for both kinds of client. The REST API authenticates every request with HTTP
 * Basic and never creates a session; anonymous API calls get 401 problem+json. The UI signs in
 * through the login page (SecurityContext.authenticate with a credential), after which the caller
 * lives in the HTTP session; anonymous page requests are redirected to the login page.
 */
@ApplicationScoped
public class GembaAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    /** Request attribute set when a sign-in was refused for too many failures: how long to wait. */
    static final String THROTTLED = GembaAuthenticationMechanism.class.getName() + ".throttled";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    SignInThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential loginPageCredential = context.getAuthParameters().getCredential();
        if (loginPageCredential != null) {
            return signIn(request, context, loginPageCredential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basicCredential(authorization.substring(6));
            var wait = throttle.refusal(credential.getCaller(), request.getRemoteAddr());
            if (wait.isPresent()) {
                return tooManyFailures(request, response, wait.get());
            }
            CredentialValidationResult result = validate(request, credential);
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : unauthorized(request, response, "wrong username or password");
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SessionCaller.ATTRIBUTE) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller::username, caller.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, "sign in to use the API (HTTP Basic)");
        }
        return SignInRedirect.send(request, response, context);
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
        CredentialValidationResult result = validate(request, login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation
        }
        request.getSession(true)
                .setAttribute(
                        SessionCaller.ATTRIBUTE,
                        new SessionCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    /** Checks the password and counts the outcome for the throttle. */
    private CredentialValidationResult validate(HttpServletRequest request, UsernamePasswordCredential credential) {
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(credential.getCaller(), request.getRemoteAddr());
        } else {
            throttle.failed(credential.getCaller(), request.getRemoteAddr());
        }
        return result;
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
}
