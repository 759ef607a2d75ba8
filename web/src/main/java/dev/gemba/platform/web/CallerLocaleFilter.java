package dev.gemba.platform.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.gemba.platform.boundary.CallerLocale;

/**
 * Page requests run in the browser's language (German or English), so that the messages the
 * services write next to refused fields match the page. The API keeps English: its problem
 * details are read by programs.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class CallerLocaleFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try (var language = CallerLocale.use(preferred(request))) {
            chain.doFilter(request, response);
        }
    }

    /** The first of the browser's languages that Gemba speaks, as JSF chooses the page's language. */
    static Locale preferred(HttpServletRequest request) {
        for (Locale locale : Collections.list(request.getLocales())) {
            if ("de".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
                return locale;
            }
        }
        return Locale.ENGLISH;
    }
}
