package dev.gemba.survey.web;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits requests to the public response page per client address and per token, in fixed
 * one-minute windows (GEMBA_SURVEY_RATE_PER_ADDRESS, 300; GEMBA_SURVEY_RATE_PER_TOKEN, 60).
 * Counters are per node: with n nodes behind a balancer the effective limit is up to n times.
 */
@WebFilter(urlPatterns = "/respond.xhtml")
public class ResponseRateLimit extends HttpFilter {

    @Inject
    @ConfigProperty(name = "gemba.survey.rate.per.address", defaultValue = "300")
    int perAddress;

    @Inject
    @ConfigProperty(name = "gemba.survey.rate.per.token", defaultValue = "60")
    int perToken;

    private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private volatile long window;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long minute = System.currentTimeMillis() / 60_000;
        if (minute != window) {
            counts.clear();
            window = minute;
        }
        String token = request.getParameter("t");
        boolean tooMany = counts.computeIfAbsent("a:" + request.getRemoteAddr(), k -> new AtomicInteger())
                                .incrementAndGet()
                        > perAddress
                || (token != null
                        && counts.computeIfAbsent("t:" + token, k -> new AtomicInteger())
                                        .incrementAndGet()
                                > perToken);
        if (tooMany) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter()
                    .write(
                            "<!DOCTYPE html><html><head><meta name=\"viewport\" content=\"width=device-width\">"
                                    + "<title>Gemba</title></head><body><p>Too many requests. Please try again in a minute."
                                    + "</p><p>Zu viele Anfragen. Bitte versuchen Sie es in einer Minute erneut.</p></body></html>");
            return;
        }
        chain.doFilter(request, response);
    }
}
