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
package com.wooshpay.camel.docs;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference lists every option and header; the committed docs are what the generator writes. */
class DocsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void referenceListsEveryOptionAndHeaderOfTheComponentJson() throws Exception {
        String reference = DocsGenerator.reference();
        JsonNode json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/com/wooshpay/camel/wooshpay.json")) {
            json = new ObjectMapper().readTree(in);
        }
        for (String section : new String[] {"componentProperties", "properties", "headers"}) {
            for (Map.Entry<String, JsonNode> entry : json.path(section).properties()) {
                assertThat(reference).as(section + " " + entry.getKey()).contains("| `" + entry.getKey() + "`");
            }
        }
        assertThat(reference).contains("`wooshpay:paymentIntent/create` | POST | `/v1/payment_intents`");
    }

    @Test
    void committedDocsAreWhatTheGeneratorWrites() throws Exception {
        assertThat(Files.readString(ROOT.resolve(DocsGenerator.REFERENCE))).isEqualTo(DocsGenerator.reference());
        assertThat(Files.readString(ROOT.resolve(StarterConfigurationWriter.PATH)))
                .as("the starter's generated configuration")
                .isEqualTo(DocsGenerator.starterConfiguration());
        for (Path markdown : DocsGenerator.markdownWithSnippets(ROOT)) {
            String text = Files.readString(markdown);
            assertThat(SnippetInliner.inline(text, ROOT))
                    .as(markdown.toString())
                    .isEqualTo(text);
            assertThat(text)
                    .as(markdown + " has no empty snippet")
                    .doesNotContain("```java\n```")
                    .doesNotContain("```yaml\n```");
        }
    }
}
