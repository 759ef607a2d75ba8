package dev.gemba.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import dev.gemba.platform.rest.DatabaseOutage;
import dev.gemba.platform.rest.Problem;

/**
 * The page for every error that has no page of its own (web.xml): a short explanation in the
 * user's language, with the security headers (SecurityHeadersFilter runs on error dispatches) and
 * never a stack trace or a server version, for local and remote clients alike. Plain HTML written
 * here rather than a Faces page, because the error may have come from Faces itself. Problem+json
 * for API paths. An error caused by an unreachable database is a 503 with Retry-After
 * (DatabaseOutage), not a fault of Gemba's.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/errors/page";

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Faces answers an AJAX request whose action failed with a redirect to this page: the browser
        // then asks for it directly and must see that something went wrong, not "page not found"
        int status = request.getDispatcherType() == DispatcherType.ERROR
                        && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        boolean outage = false;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
            outage = DatabaseOutage.causes(thrown);
            if (outage) {
                LOG.log(Level.WARNING, "Request refused while the database is unreachable: {0}", thrown.toString());
                status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
                response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            } else {
                LOG.log(
                        Level.SEVERE,
                        "Unexpected error on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                        thrown);
            }
        }
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/") && outage) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(JSON.toJson(DatabaseOutage.problem()));
            return;
        }
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            Response.Status known = Response.Status.fromStatusCode(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter()
                    .write(JSON.toJson(Problem.of(
                            known == null ? Response.Status.INTERNAL_SERVER_ERROR : known,
                            "http-" + status,
                            status >= 500
                                    ? "an unexpected error occurred; it has been logged"
                                    : "the request was refused")));
            return;
        }
        Locale locale = CallerLocaleFilter.preferred(request);
        ResourceBundle text = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        String kind = outage ? "unavailable" : status >= 500 ? "internal" : status == 405 ? "method" : "badRequest";
        response.setContentType("text/html");
        response.getWriter()
                .write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                        + "<title>" + html(text.getString("error." + kind + ".title")) + " · Gemba</title>"
                        + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                        + "/jakarta.faces.resource/gemba/gemba.css.xhtml\"/></head>"
                        + "<body><main class=\"gemba-login\"><h1>Gemba</h1>"
                        + "<h2 id=\"errorTitle\">" + html(text.getString("error." + kind + ".title")) + "</h2>"
                        + "<p id=\"errorText\">" + html(text.getString("error." + kind + ".text")) + "</p>"
                        + "<p><a id=\"home\" href=\"" + request.getContextPath() + "/\">"
                        + html(text.getString("error.home")) + "</a></p></main></body></html>\n");
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
