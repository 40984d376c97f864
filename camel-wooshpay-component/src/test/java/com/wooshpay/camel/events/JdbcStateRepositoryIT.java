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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.wooshpay.camel.PostgresExtension;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JDBC state repository on a real PostgreSQL: survives a new instance, overwrites, and two writers racing. */
class JdbcStateRepositoryIT {

    @RegisterExtension
    static PostgresExtension postgres = new PostgresExtension();

    @Test
    void stateOutlivesTheRepositoryAndIsOverwritten() {
        JdbcStateRepository first = new JdbcStateRepository(postgres.dataSource(), "STATE_A");
        ServiceHelper.startService(first);
        assertThat(first.getState("wooshpay.webhook.secret.we_1")).isNull();
        first.setState("wooshpay.webhook.secret.we_1", "whsec_one");
        first.setState("wooshpay.events.checkpoint", "1795690000000");
        first.setState("wooshpay.events.checkpoint", "1795690000999");

        JdbcStateRepository restarted =
                new JdbcStateRepository(postgres.dataSource(), "STATE_A"); // a new JVM, in effect
        ServiceHelper.startService(restarted); // the table exists: created only once
        assertThat(restarted.getState("wooshpay.webhook.secret.we_1")).isEqualTo("whsec_one");
        assertThat(restarted.getState("wooshpay.events.checkpoint")).isEqualTo("1795690000999");
        assertThat(restarted.toString()).doesNotContain("whsec");
    }

    @Test
    void concurrentFirstWritesOfOneKeyLeaveOneRow() throws Exception {
        JdbcStateRepository repository = new JdbcStateRepository(postgres.dataSource(), "STATE_B");
        ServiceHelper.startService(repository);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String value = "v" + i;
                writers.add(() -> {
                    repository.setState("shared", value);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get(); // none failed on the primary key
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(repository.getState("shared")).matches("v[0-7]");
    }

    @Test
    void aTableNameIsNeverSqlFromTheUser() {
        assertThatThrownBy(() -> new JdbcStateRepository(postgres.dataSource(), "STATE; DROP TABLE X"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table");
    }
}
