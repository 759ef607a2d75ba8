package dev.gemba.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Plain JDBC for bulk writes, the same SQL on PostgreSQL and H2: multi-row {@code INSERT … VALUES
 * (…), (…)} statements, and blocks of ids from the sequences that Hibernate's pooled optimizer
 * also draws from. Stateless; each call uses the connection it is given (the caller's
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
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement insert = connection.prepareStatement(sql(table, columns, part.size()))) {
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
        String placeholders = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        StringBuilder sql = new StringBuilder("insert into ")
                .append(table)
                .append(" (")
                .append(String.join(", ", columns))
                .append(") values ");
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
