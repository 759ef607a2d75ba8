import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * H2 alone, without Gemba (issue 15): a child JVM inserts rows into a file database, one commit
 * each, printing each id once committed; after a second the parent kills it with SIGKILL right
 * after reading an id, reopens the database and counts the acknowledged rows that are missing.
 * Twenty rounds per URL suffix. Run from the project root with the H2 version WildFly bundles:
 *   java -cp ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar bench/H2KillCheck.java ""
 *   java -cp ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar bench/H2KillCheck.java ";WRITE_DELAY=0"
 */
public class H2KillCheck {

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("child")) {
            commitForever(args[1] + args[2]);
            return;
        }
        String suffix = args.length > 0 ? args[0] : "";
        Path dir = Files.createTempDirectory("h2-kill");
        long acknowledged = 0;
        long lost = 0;
        long start = System.nanoTime();
        for (int round = 0; round < 20; round++) {
            String db = dir.resolve("db" + round).toString();
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                            "-cp", System.getProperty("java.class.path"),
                            "bench/H2KillCheck.java",
                            "child", db, suffix)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream()));
            long last = 0;
            long until = Long.MAX_VALUE;
            for (String line; (line = in.readLine()) != null; ) {
                last = Long.parseLong(line);
                if (last == 1) {
                    until = System.nanoTime() + 1_000_000_000L;
                }
                if (System.nanoTime() > until) {
                    break;
                }
            }
            child.destroyForcibly().waitFor();
            long present = 0;
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "sa");
                    ResultSet rs = c.createStatement().executeQuery("select count(*) from t where id <= " + last)) {
                rs.next();
                present = rs.getLong(1);
            } catch (SQLException e) {
                // the table itself was lost
            }
            acknowledged += last;
            lost += last - present;
        }
        System.out.printf(
                "H2 URL suffix '%s': 20 kills after 1 s of commits each: %d commits acknowledged (%.0f/s), %d lost%n",
                suffix, acknowledged, acknowledged / 20.0, lost);
    }

    private static void commitForever(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + url, "sa", "sa")) {
            c.createStatement().execute("create table if not exists t(id bigint primary key, text varchar(200))");
            c.setAutoCommit(false);
            PreparedStatement insert = c.prepareStatement("insert into t values (?, ?)");
            for (long id = 1; ; id++) {
                insert.setLong(1, id);
                insert.setString(2, "The VPN drops every morning since the last update.");
                insert.executeUpdate();
                c.commit();
                System.out.println(id);
                System.out.flush();
            }
        }
    }
}
