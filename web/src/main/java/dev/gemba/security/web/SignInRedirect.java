package dev.gemba.security.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a visitor who is not signed in to the sign-in page, and back afterwards. A page's AJAX
 * request cannot follow an HTTP redirect to an HTML page (the script expects a Faces partial
 * response and fails silently), so it gets a partial response that redirects the whole page;
 * the page's script keeps the form's draft on the way (gemba.js). When the browser still names a
 * session that has ended, the sign-in page says so; when an administrator changed the account's
 * access, it says that instead.
 */
final class SignInRedirect {

    static final String EXPIRED_PARAMETER = "expired";

    private SignInRedirect() {}

    static AuthenticationStatus send(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            boolean accessChanged) {
        boolean ajax = isFacesAjax(request);
        boolean expired = !accessChanged
                && (ajax || (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()));
        String url = request.getContextPath() + GembaAuthenticationMechanism.LOGIN_PAGE + "?next="
                + URLEncoder.encode(returnPath(request, ajax), StandardCharsets.UTF_8)
                + (expired ? "&" + EXPIRED_PARAMETER + "=true" : "")
                + (accessChanged ? "&" + GembaAuthenticationMechanism.ENDED + "=true" : "");
        if (!ajax) {
            return context.redirect(url);
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try {
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                            + "\"></redirect></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /**
     * Where to return after signing in. An AJAX post goes to the page's form action, which has
     * lost the page's query (such as the id of the touchpoint being edited): the page itself is
     * the referring address, used when it is on this server.
     */
    private static String returnPath(HttpServletRequest request, boolean ajax) {
        String requested =
                request.getRequestURI().substring(request.getContextPath().length());
        if (ajax && request.getHeader("Referer") != null) {
            try {
                URI page = new URI(request.getHeader("Referer"));
                if (request.getServerName().equalsIgnoreCase(page.getHost())
                        && page.getRawPath() != null
                        && page.getRawPath().startsWith(request.getContextPath() + "/")) {
                    String path =
                            page.getRawPath().substring(request.getContextPath().length());
                    return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
                }
            } catch (URISyntaxException e) {
                // not an address: return to the requested page
            }
        }
        return request.getQueryString() == null ? requested : requested + "?" + request.getQueryString();
    }
}
