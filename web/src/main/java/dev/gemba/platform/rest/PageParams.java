package dev.gemba.platform.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import dev.gemba.platform.boundary.PageRequest;

/** Paging and sorting query parameters shared by every list endpoint: ?page=0&size=20&sort=name,desc */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    int size;

    @QueryParam("sort")
    String sort;

    public PageRequest toRequest() {
        if (sort == null || sort.isBlank()) {
            return new PageRequest(page, size, null, false);
        }
        String[] parts = sort.split(",", 2);
        boolean descending = parts.length == 2 && parts[1].strip().equalsIgnoreCase("desc");
        return new PageRequest(page, size, parts[0].strip(), descending);
    }
}
