package dev.gemba.platform.web;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model over a paged service call: filters become the service's query,
 * the first sort column becomes the page request's sort. Pages are fetched with their total.
 *
 * @param <Q> the service's query record
 * @param <T> the row record
 */
public class Lazy<Q, T> extends LazyDataModel<T> {

    private final Function<Map<String, FilterMeta>, Q> toQuery;
    private final BiFunction<Q, PageRequest, Page<T>> fetch;
    private final Function<T, Object> key;

    public Lazy(
            Function<Map<String, FilterMeta>, Q> toQuery,
            BiFunction<Q, PageRequest, Page<T>> fetch,
            Function<T, Object> key) {
        this.toQuery = toQuery;
        this.fetch = fetch;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch.apply(toQuery.apply(filterBy), new PageRequest(0, 1, null, false))
                .total();
    }

    @Override
    public java.util.List<T> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream()
                .filter(s -> s.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .orElse(null);
        String field = sort == null ? null : sort.getField();
        boolean descending = sort != null && sort.getOrder() == SortOrder.DESCENDING;
        Q query = toQuery.apply(filterBy);
        int size = Math.max(1, pageSize);
        if (size <= PageRequest.MAX_SIZE && first % size == 0) {
            Page<T> page = fetch.apply(query, new PageRequest(first / size, size, field, descending));
            setRowCount((int) page.total());
            return page.items();
        }
        return slice(query, first, size, field, descending);
    }

    /**
     * Rows first to first + size - 1 in pages the services allow: the exporter asks for all rows at
     * once, or in buffers whose last one starts where the previous, shorter page ended.
     */
    private java.util.List<T> slice(Q query, int first, int size, String field, boolean descending) {
        int chunk = PageRequest.MAX_SIZE;
        java.util.List<T> rows = new java.util.ArrayList<>();
        for (int page = first / chunk; rows.size() < size; page++) {
            Page<T> fetched = fetch.apply(query, new PageRequest(page, chunk, field, descending));
            setRowCount((int) fetched.total());
            java.util.List<T> items = fetched.items();
            int skip = page == first / chunk ? first - page * chunk : 0;
            if (items.size() <= skip) {
                break;
            }
            rows.addAll(items.subList(skip, Math.min(items.size(), skip + size - rows.size())));
            if (items.size() < chunk) {
                break;
            }
        }
        return rows;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    /** The row of the current page with this key, for row selection; null when it is not on the page. */
    @Override
    public T getRowData(String rowKey) {
        java.util.List<T> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(r -> getRowKey(r).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }

    /** The text of a filter, or null when it is empty. */
    public static String text(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
