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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Regenerates what is derived from the component JSON on the classpath: {@code docs/reference/wooshpay-component.md}
 * and the starter's {@code WooshPayComponentConfiguration} (committed under {@code src/generated}, as Camel's starters
 * are, so CI catches one that was not regenerated); and the snippets of {@code docs/guides/*.md} and {@code README.md} from tagged source regions. Writes a file only
 * when its content changed. Argument: the repository root.
 */
public final class DocsGenerator {

    public static final String REFERENCE = "docs/reference/wooshpay-component.md";

    private DocsGenerator() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        List<String> changed = new ArrayList<>();
        JsonNode metadata = componentMetadata();
        write(root.resolve(REFERENCE), ReferenceWriter.write(metadata), changed);
        write(root.resolve(StarterConfigurationWriter.PATH), StarterConfigurationWriter.write(metadata), changed);
        for (Path markdown : markdownWithSnippets(root)) {
            write(markdown, SnippetInliner.inline(Files.readString(markdown), root), changed);
        }
        System.out.println("docs: " + (changed.isEmpty() ? "up to date" : "updated " + changed));
    }

    public static String reference() throws IOException {
        return ReferenceWriter.write(componentMetadata());
    }

    /** The starter's configuration class as the component metadata defines it. */
    public static String starterConfiguration() throws IOException {
        return StarterConfigurationWriter.write(componentMetadata());
    }

    private static JsonNode componentMetadata() throws IOException {
        try (InputStream in = DocsGenerator.class.getResourceAsStream("/META-INF/com/wooshpay/camel/wooshpay.json")) {
            if (in == null) {
                throw new IllegalStateException(
                        "the component JSON is not on the classpath: build camel-wooshpay-component first");
            }
            return new ObjectMapper().readTree(in);
        }
    }

    public static List<Path> markdownWithSnippets(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> guides = Files.list(root.resolve("docs/guides"))) {
            guides.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    private static void write(Path file, String content, List<String> changed) throws IOException {
        String before = Files.exists(file) ? Files.readString(file) : null;
        if (!content.equals(before)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            changed.add(file.getFileName().toString());
        }
    }
}
