package dev.gemba.platform.boundary;

/**
 * Which slice of a sorted list the caller wants.
 *
 * @param page zero-based page number
 * @param size rows per page, 1 to {@link #MAX_SIZE}
 * @param sort a property name the list allows sorting by, or null for its default order
 * @param descending sort direction
 */
public record PageRequest(int page, int size, String sort, boolean descending) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidInputException("page", ServiceMessages.text("page.negative"));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", ServiceMessages.text("page.size", MAX_SIZE));
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("page", ServiceMessages.text("page.too-far", Integer.MAX_VALUE / size));
        }
    }

    public int offset() {
        return page * size;
    }
}
