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
package com.wooshpay.camel.springboot;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata an IDE reads documents every property, and covers every option of the component (read
 * from the component's generated JSON, so a new component option without a starter property fails here).
 */
class PropertiesMetadataTest {

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = PropertiesMetadataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyPropertyHasADescriptionAndEveryComponentOptionAProperty() throws Exception {
        Map<String, JsonNode> properties = new HashMap<>();
        read("/META-INF/spring-configuration-metadata.json")
                .path("properties")
                .forEach(p -> properties.put(p.get("name").asText(), p));
        assertThat(properties).isNotEmpty();
        properties.forEach((name, property) -> {
            assertThat(name).matches("camel\\.component\\.wooshpay\\..+");
            assertThat(property.path("description").asText()).as(name).isNotBlank();
        });
        // component options the starter expresses differently: the configuration object itself
        Set<String> notProperties = Set.of("configuration");
        read("/META-INF/com/wooshpay/camel/wooshpay.json")
                .path("componentProperties")
                .properties()
                .forEach(option -> {
                    if (!notProperties.contains(option.getKey())) {
                        String kebab = "camel.component.wooshpay."
                                + option.getKey().replaceAll("([A-Z])", "-$1").toLowerCase();
                        assertThat(properties)
                                .as("property for component option " + option.getKey())
                                .containsKey(kebab);
                    }
                });
        assertThat(properties)
                .containsKeys(
                        "camel.component.wooshpay.enabled",
                        "camel.component.wooshpay.sandbox.enabled",
                        "camel.component.wooshpay.health.cache-time");
    }
}
