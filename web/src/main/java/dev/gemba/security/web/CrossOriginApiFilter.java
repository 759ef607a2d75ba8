package dev.gemba.security.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import dev.gemba.platform.rest.Problem;

/**
 * Refuses changes to the API requested by a page of another origin. The API takes no session
 * cookie, but a browser may still send HTTP Basic credentials it remembers from its own sign-in
 * prompt; browsers name the page's origin (Origin, Sec-Fetch-Site) on such requests, while API
 * clients such as an ITSM or curl send neither. Reads stay open: another origin cannot read the
 * answer without CORS, which Gemba does not grant.
 */
@WebFilter("/api/*")
public class CrossOriginApiFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod()) || !fromAnotherOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(Problem.MEDIA_TYPE);
        response.getWriter()
                .write(JSON.toJson(Problem.of(
                        Response.Status.FORBIDDEN,
                        "cross-origin",
                        "the API does not accept changes from pages of other origins")));
    }

    static boolean fromAnotherOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String own = request.getScheme() + "://" + request.getHeader("Host");
        return !origin.toLowerCase(Locale.ROOT).equals(own.toLowerCase(Locale.ROOT));
    }
}
