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
        int size = Math.max(1, pageSize);
        var request = new PageRequest(
                first / size,
                size,
                sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.DESCENDING);
        Page<T> page = fetch.apply(toQuery.apply(filterBy), request);
        setRowCount((int) page.total());
        return page.items();
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
