package dev.gemba.steering.web;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.steering.boundary.DecisionQuery;
import dev.gemba.steering.boundary.DecisionService;
import dev.gemba.steering.entity.DecisionKind;

/**
 * The decision log as CSV for the signed-in session (the REST API takes no session cookie), with
 * the log page's filters: q, committeeId, kind. Everyone who may open /steering pages.
 */
@WebServlet("/steering/decisions.csv")
public class DecisionsDownload extends HttpServlet {

    @EJB
    DecisionService decisions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DecisionQuery query;
        try {
            query = new DecisionQuery(
                    request.getParameter("q"),
                    number(request.getParameter("committeeId")),
                    null,
                    blank(request.getParameter("kind")) ? null : DecisionKind.valueOf(request.getParameter("kind")));
        } catch (IllegalArgumentException | InvalidInputException e) {
            response.sendError(400);
            return;
        }
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/csv");
        response.setHeader("Content-Disposition", "attachment; filename=\"gemba-decisions.csv\"");
        response.getWriter().append(decisions.csv(query));
    }

    private static Long number(String s) {
        return blank(s) ? null : Long.valueOf(s);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
