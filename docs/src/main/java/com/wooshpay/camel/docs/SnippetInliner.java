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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the code blocks of Markdown files from tagged regions of source files the build compiles or loads:
 * <pre>
 * &lt;!-- snippet: docs/src/main/java/.../FirstRoute.java#route --&gt;
 * ```java
 * (replaced)
 * ```
 * &lt;!-- /snippet --&gt;
 * </pre>
 * A region is the lines between {@code tag::route[]} and {@code end::route[]} in comments; it is unindented.
 */
final class SnippetInliner {

    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\n```(\\w*)\\n)(.*?)(```\\n<!-- /snippet -->)", Pattern.DOTALL);

    private SnippetInliner() {}

    static String inline(String markdown, Path root) {
        Matcher m = BLOCK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String region = region(root.resolve(m.group(2)), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + region + m.group(6)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String region(Path source, String tag) {
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException("snippet source " + source + " cannot be read", e);
        }
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("tag::" + tag + "[]")) {
                start = i + 1;
            } else if (lines.get(i).contains("end::" + tag + "[]")) {
                end = i;
                break;
            }
        }
        if (start < 0 || end < start) {
            throw new IllegalStateException("no region '" + tag + "' in " + source);
        }
        // markers of regions nested inside this one are not part of its text
        List<String> region = lines.subList(start, end).stream()
                .filter(l -> !l.matches("\\s*//\\s*(tag|end)::[\\w-]+\\[\\]\\s*"))
                .toList();
        int indent = region.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        StringBuilder text = new StringBuilder();
        for (String line : region) {
            text.append(line.length() >= indent ? line.substring(indent) : line.strip())
                    .append('\n');
        }
        return text.toString();
    }
}
