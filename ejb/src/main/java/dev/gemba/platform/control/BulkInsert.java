package dev.gemba.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Plain JDBC for bulk writes on PostgreSQL and H2: multi-row {@code INSERT … VALUES (…), (…)}
 * statements, and blocks of ids from the sequences that Hibernate's pooled optimizer also draws
 * from. Stateless; each call uses the connection it is given (the caller's
 * transaction).
 */
public final class BulkInsert {

    /** Rows per statement: a few thousand bind values, under every driver's limit. */
    static final int ROWS_PER_STATEMENT = 250;

    private BulkInsert() {}

    /**
     * Inserts rows of values into the columns, a few hundred rows per statement.
     *
     * @param rows one array of column values per row (Instant values are bound as UTC timestamps)
     */
    public static void rows(Connection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        insert(connection, rows, n -> sql(table, columns, n));
    }

    /**
     * Inserts the rows whose {@code key} (a column with a unique constraint) is not stored yet and
     * skips the others, also when a concurrent transaction stores the same key: {@code ON CONFLICT
     * DO NOTHING} on PostgreSQL, {@code MERGE … WHEN NOT MATCHED} on H2. The rows must not repeat a
     * key among themselves.
     */
    public static void rowsUnlessPresent(
            Connection connection, String table, List<String> columns, List<Object[]> rows, String key)
            throws SQLException {
        if (isPostgres(connection)) {
            insert(connection, rows, n -> sql(table, columns, n) + " on conflict (" + key + ") do nothing");
        } else {
            insert(connection, rows, n -> merge(table, columns, n, key));
        }
    }

    private static void insert(Connection connection, List<Object[]> rows, IntFunction<String> sql)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement insert = connection.prepareStatement(sql.apply(part.size()))) {
                int index = 1;
                for (Object[] row : part) {
                    for (Object value : row) {
                        insert.setObject(index++, SqlValues.bindable(value));
                    }
                }
                insert.executeUpdate();
            }
        }
    }

    static String sql(String table, List<String> columns, int rows) {
        return "insert into " + table + " (" + String.join(", ", columns) + ") " + values(columns, rows);
    }

    static String merge(String table, List<String> columns, int rows, String key) {
        String list = String.join(", ", columns);
        return "merge into " + table + " t using (" + values(columns, rows) + ") v (" + list + ") on t." + key
                + " = v." + key + " when not matched then insert (" + list + ") values ("
                + columns.stream().map(c -> "v." + c).collect(Collectors.joining(", ")) + ")";
    }

    private static String values(List<String> columns, int rows) {
        String placeholders = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        StringBuilder sql = new StringBuilder("values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(placeholders);
        }
        return sql.toString();
    }

    /**
     * Reserves {@code count} ids from a sequence with Hibernate's pooled semantics: each value
     * {@code v} the sequence returns owns the ids {@code v - allocationSize + 1 … v}, so ids taken
     * here never collide with ids Hibernate hands out for entities of the same sequence.
     */
    public static long[] ids(Connection connection, String sequence, int allocationSize, int count)
            throws SQLException {
        long[] ids = new long[count];
        int filled = 0;
        boolean postgres = isPostgres(connection);
        while (filled < count) {
            int blocks = (count - filled + allocationSize - 1) / allocationSize;
            String sql = postgres
                    ? "select nextval('" + sequence + "') from generate_series(1, " + blocks + ")"
                    : "select next value for " + sequence;
            try (var statement = connection.createStatement();
                    ResultSet values = statement.executeQuery(sql)) {
                while (values.next() && filled < count) {
                    long high = values.getLong(1);
                    if (high < allocationSize) {
                        continue; // the sequence's first value: Hibernate treats it specially, skip it
                    }
                    for (long id = high - allocationSize + 1; id <= high && filled < count; id++) {
                        ids[filled++] = id;
                    }
                }
            }
        }
        return ids;
    }

    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
    }
}
