package dev.gemba.feedback.web;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.gemba.feedback.boundary.FeedbackService;

/**
 * The corrections export for administration → analysis models, as a download for the signed-in
 * session (the REST API takes no session cookie). Administrators only, like every /admin path.
 */
@WebServlet("/admin/corrections.jsonl")
public class CorrectionsDownload extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    FeedbackService feedback;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setCharacterEncoding("UTF-8");
        response.setContentType("application/x-ndjson");
        response.setHeader("Content-Disposition", "attachment; filename=\"gemba-corrections.jsonl\"");
        var out = response.getWriter();
        for (var example : feedback.allTrainingExamples()) {
            out.append(JSON.toJson(example)).append('\n');
        }
    }
}
