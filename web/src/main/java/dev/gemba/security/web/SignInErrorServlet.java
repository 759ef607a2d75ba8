package dev.gemba.security.web;

import java.io.IOException;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import dev.gemba.platform.rest.Problem;

/**
 * The body of a refused sign-in, 401 or 429 (web.xml maps both error pages here): problem+json
 * for the API, with the Basic challenge on 401, and a short text otherwise. The authentication
 * mechanism only sets the status and headers and leaves the body to the container's error
 * dispatch, because the container sends an error after every failed authentication and, when the
 * mechanism had already written and committed a body, logged an exception for each refused call.
 */
@WebServlet(SignInErrorServlet.PATH)
public class SignInErrorServlet extends HttpServlet {

    static final String PATH = "/errors/sign-in";

    /** Request attribute: why the caller was refused, for the body. */
    static final String DETAIL = SignInErrorServlet.class.getName() + ".detail";

    static final String CHALLENGE = "Basic realm=\"Gemba\", charset=\"UTF-8\"";

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND); // only the container's error dispatch comes here
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : HttpServletResponse.SC_UNAUTHORIZED;
        String detail = request.getAttribute(DETAIL) instanceof String d ? d : "sign in first";
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            if (status == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", CHALLENGE);
            }
            response.setContentType(Problem.MEDIA_TYPE);
            String slug = status == HttpServletResponse.SC_UNAUTHORIZED ? "unauthorized" : "too-many-sign-in-failures";
            response.getWriter().write(JSON.toJson(Problem.of(Response.Status.fromStatusCode(status), slug, detail)));
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(status + ": " + detail);
        }
    }
}
