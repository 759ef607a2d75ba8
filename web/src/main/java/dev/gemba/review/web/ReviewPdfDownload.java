package dev.gemba.review.web;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.review.boundary.ReviewExports;

/**
 * The pack or minutes PDF for the signed-in session (the REST API takes no session cookie), under
 * /reviews like the pages, so the same role rule applies: ?id=…&amp;kind=pack|minutes.
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
        boolean minutes = "minutes".equals(request.getParameter("kind"));
        byte[] pdf;
        try {
            pdf = minutes ? exports.minutesPdf(id) : exports.packPdf(id);
        } catch (RecordNotFoundException e) {
            response.sendError(404);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"service-review-" + id + (minutes ? "-minutes" : "-pack") + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
