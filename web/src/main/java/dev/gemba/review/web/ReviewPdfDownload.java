package dev.gemba.review.web;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.review.boundary.ReviewExports;

/**
 * The pack or minutes PDF for the signed-in session (the REST API takes no session cookie), under
 * /reviews like the pages, so the same role rule applies: ?id=…&amp;kind=pack|minutes, or an improvement
 * item's success story: ?id=(item)&amp;kind=story.
 */
@WebServlet("/reviews/document.pdf")
public class ReviewPdfDownload extends HttpServlet {

    @EJB
    ReviewExports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(404);
            return;
        }
        String kind = request.getParameter("kind") == null ? "pack" : request.getParameter("kind");
        byte[] pdf;
        try {
            pdf = switch (kind) {
                case "minutes" -> exports.minutesPdf(id);
                case "story" -> exports.successStory(id);
                default -> exports.packPdf(id);
            };
        } catch (RecordNotFoundException e) {
            response.sendError(404);
            return;
        } catch (RuleViolationException e) {
            response.sendError(409, e.getMessage());
            return;
        }
        String name = "story".equals(kind) ? "success-story-" + id : "service-review-" + id + "-" + kind;
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
