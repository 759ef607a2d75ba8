package dev.gemba.platform.web;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Names of the files a page's table is exported to; PrimeFaces' exporter adds .csv or .xlsx. */
@Named
@ApplicationScoped
public class TableExports {

    /** "gemba-inbox-2026-12-06": what the table is and today's date in the server's zone, as pages show dates. */
    public String fileName(String table) {
        return "gemba-" + table + "-" + LocalDate.now();
    }
}
