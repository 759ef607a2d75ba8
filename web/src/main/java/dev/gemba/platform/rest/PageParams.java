package dev.gemba.platform.rest;

import jakarta.ws.rs.QueryParam;

import dev.gemba.platform.boundary.PageRequest;

/** Paging and sorting query parameters shared by every list endpoint: ?page=0&size=20&sort=name,desc */
public class PageParams {

    @QueryParam("page")
    Integer page;

    @QueryParam("size")
    Integer size;

    @QueryParam("sort")
    String sort;

    public PageRequest toRequest() {
        int number = page == null ? 0 : page;
        int rows = size == null ? 20 : size;
        if (sort == null || sort.isBlank()) {
            return new PageRequest(number, rows, null, false);
        }
        String[] parts = sort.split(",", 2);
        boolean descending = parts.length == 2 && parts[1].strip().equalsIgnoreCase("desc");
        return new PageRequest(number, rows, parts[0].strip(), descending);
    }
}
