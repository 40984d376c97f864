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
package com.wooshpay.camel.benchmarks;

/**
 * The block at the top of {@code docs/performance.md} that leads with the remote-latency figures: written by
 * {@link LatencyBenchmark}, kept as it is when {@link BenchmarkSuite} rewrites the rest of the page.
 */
final class DocBlock {

    static final String BEGIN = "<!-- remote-latency:begin (written by LatencyBenchmark) -->";
    static final String END = "<!-- remote-latency:end -->";
    private static final String TITLE = "# Performance\n\n";

    private DocBlock() {}

    /** The block in {@code page}, markers included, or "" when it has none. */
    static String extract(String page) {
        int begin = page.indexOf(BEGIN);
        int end = page.indexOf(END);
        return begin >= 0 && end > begin ? page.substring(begin, end + END.length()) : "";
    }

    /** {@code page} with {@code block} (markers included) in place of its block, or right under its title. */
    static String put(String page, String block) {
        String old = extract(page);
        if (!old.isEmpty()) {
            return page.replace(old, block);
        }
        if (block.isEmpty()) {
            return page;
        }
        return page.startsWith(TITLE) ? TITLE + block + "\n\n" + page.substring(TITLE.length()) : block + "\n\n" + page;
    }
}
