/*
 * Copyright 2026 the camel-wooshpay authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package com.wooshpay.camel.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A Camel {@link StateRepository} in one table of the application's database, for what the consumers must not forget
 * on a restart: the signing secret of an auto-registered webhook endpoint (WooshPay shows it once) and the replay
 * consumer's checkpoints. Camel has file- and memory-backed state repositories but no JDBC one; this is one table of
 * two columns, created on start when missing ({@code CREATE TABLE IF NOT EXISTS}: H2, PostgreSQL, MySQL, MariaDB).
 * Values are stored as given: a database that holds the application's orders is trusted with its webhook secret.
 */
public final class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    public static final String DEFAULT_TABLE = "WOOSHPAY_STATE";
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final DataSource dataSource;
    private final String table;

    public JdbcStateRepository(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    public JdbcStateRepository(DataSource dataSource, String table) {
        if (dataSource == null) {
            throw new IllegalArgumentException("dataSource must not be null");
        }
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("table must be a plain SQL name (letters, digits, _), was: " + table);
        }
        this.dataSource = dataSource;
        this.table = table;
    }

    @Override
    protected void doStart() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + table
                    + " (STATE_KEY VARCHAR(512) NOT NULL PRIMARY KEY, STATE_VALUE VARCHAR(4000))");
            commit(connection);
        }
    }

    @Override
    public void setState(String key, String value) {
        try (Connection connection = dataSource.getConnection()) {
            if (update(connection, key, value) == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + table + " (STATE_KEY, STATE_VALUE) VALUES (?, ?)")) {
                    insert.setString(1, key);
                    insert.setString(2, value);
                    insert.executeUpdate();
                } catch (SQLException raced) {
                    // another instance inserted the same key in between: its row exists now, so update it
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    if (update(connection, key, value) == 0) {
                        throw raced;
                    }
                }
            }
            commit(connection);
        } catch (SQLException e) {
            throw new RuntimeCamelException("Could not store the state " + key + " in table " + table, e);
        }
    }

    @Override
    public String getState(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT STATE_VALUE FROM " + table + " WHERE STATE_KEY = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new RuntimeCamelException("Could not read the state " + key + " from table " + table, e);
        }
    }

    /** A pool may hand out connections without auto-commit: the state must be durable when setState returns. */
    private static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private int update(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE " + table + " SET STATE_VALUE = ? WHERE STATE_KEY = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            return update.executeUpdate();
        }
    }

    @Override
    public String toString() {
        return "JdbcStateRepository[" + table + "]";
    }
}
