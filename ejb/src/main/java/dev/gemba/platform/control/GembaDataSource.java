package dev.gemba.platform.control;

/** The application's one datasource, configured by the server (H2 by default, PostgreSQL by environment). */
public final class GembaDataSource {

    /** Its JNDI name, for {@code @Resource(lookup = …)}; persistence.xml names it too. */
    public static final String JNDI_NAME = "java:jboss/datasources/GembaDS";

    private GembaDataSource() {}
}
