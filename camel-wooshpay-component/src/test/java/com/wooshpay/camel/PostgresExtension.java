package com.wooshpay.camel;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for one test class ({@code @RegisterExtension static}), started with Camel's
 * CAMEL_MESSAGEPROCESSED table (see {@link TestServers#postgresWithMessageTable()}) and closed after the class.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = TestServers.postgresWithMessageTable();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    public DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** For another JVM: the JDBC URL of the postgres database (user postgres, no password). */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
