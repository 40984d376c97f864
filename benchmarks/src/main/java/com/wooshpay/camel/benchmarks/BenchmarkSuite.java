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

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs every measurement side by side in one run and prints the table of ratios, with the targets met or not.
 * {@code java -jar benchmarks/target/benchmarks.jar [--quick] [--write docs/performance.md]}.
 */
public final class BenchmarkSuite {

    private static final int[] CONCURRENCY = {1, 4, 16, 64};
    static final String NOTES_MARKER = "<!-- notes: kept when the suite rewrites this file -->";

    /** What one benchmark run measured. */
    record Figures(double perSecond, double p50Micros, double p99Micros, double bytesPerCall) {}

    private BenchmarkSuite() {}

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        int write = Arrays.asList(args).indexOf("--write");
        Path target = write >= 0 && write + 1 < args.length ? Path.of(args[write + 1]) : null;

        Map<String, Figures> create = new LinkedHashMap<>();
        for (int threads : CONCURRENCY) {
            run(CreatePaymentBenchmark.class, threads, quick)
                    .forEach((variant, figures) -> create.put(variant + "@" + threads, figures));
        }
        if (Arrays.asList(args).contains("--create-only")) {
            create.forEach((k, v) -> System.out.printf(
                    "%-16s %,10.0f/s p50 %,8.0f p99 %,8.0f %,10.0f B%n",
                    k, v.perSecond(), v.p50Micros(), v.p99Micros(), v.bytesPerCall()));
            for (int threads : CONCURRENCY) {
                System.out.printf(
                        "%d threads: connector/raw %.2f connector/camelHttp %.2f client/raw %.2f connector/rawAsync %.2f%n",
                        threads,
                        ratio(create, "connector", "raw", threads),
                        ratio(create, "connector", "camelHttp", threads),
                        ratio(create, "client", "raw", threads),
                        ratio(create, "connector", "rawAsync", threads));
            }
            return;
        }
        Map<String, Figures> webhook = run(WebhookBenchmark.class, 16, quick);

        StartupProbe startup = new StartupProbe();
        int runs = quick ? 1 : 3;
        long mainWooshpay = startup.camelMain("wooshpay", runs);
        long mainBare = startup.camelMain("bare", runs);
        long springBoot =
                startup.springBootExample(new File("examples/order-to-payment/target/order-to-payment.jar"), runs);

        String report = report(create, webhook, mainWooshpay, mainBare, springBoot, quick);
        System.out.println(report);
        if (target != null) {
            // the hand-written analysis below the marker and the remote-latency block at the top survive a new run
            String notes = Files.exists(target) ? Files.readString(target) : "";
            int marker = notes.indexOf(NOTES_MARKER);
            Files.writeString(
                    target,
                    DocBlock.put(report, DocBlock.extract(notes)) + (marker >= 0 ? "\n" + notes.substring(marker) : ""),
                    StandardCharsets.UTF_8);
            System.out.println("written to " + target);
        }
    }

    private static Map<String, Figures> run(Class<?> benchmark, int threads, boolean quick) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + ".")
                .threads(threads)
                .forks(1)
                // the JIT needs about 20 s on 2 cores before a Camel + Vert.x path is compiled: with 6 s of warm-up the
                // webhook consumer measured 0.47 of the bare route, with 24 s 1.01 (the same build, 2026-12-01)
                .warmupIterations(quick ? 1 : 6)
                .warmupTime(TimeValue.seconds(quick ? 2 : 4))
                .measurementIterations(quick ? 2 : 3)
                .measurementTime(TimeValue.seconds(quick ? 2 : 4))
                .jvmArgs("-Xms2g", "-Xmx4g", "-XX:+UseG1GC")
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (RunResult result : results) {
            Statistics stats = result.getPrimaryResult().getStatistics();
            double meanMicros = stats.getMean();
            Result<?> alloc = secondary(result, "gc.alloc.rate.norm");
            figures.put(
                    result.getParams().getParam("variant"),
                    new Figures(
                            threads * 1_000_000.0 / meanMicros,
                            stats.getPercentile(50),
                            stats.getPercentile(99),
                            alloc == null ? Double.NaN : alloc.getScore()));
        }
        return figures;
    }

    private static Result<?> secondary(RunResult result, String name) {
        for (Map.Entry<String, Result> entry : result.getSecondaryResults().entrySet()) {
            if (entry.getKey().replace("·", "").equals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    static String report(
            Map<String, Figures> create,
            Map<String, Figures> webhook,
            long mainWooshpay,
            long mainBare,
            long springBoot,
            boolean quick)
            throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n")
                .append("## The loopback suite: the connector's own cost per call\n\n")
                .append(
                        "No latency at all, so what shows is CPU per call, not what users meet (that is the section above,")
                .append(" and [performance against a remote WooshPay](performance-remote.md)).\n\n")
                .append("Measured ")
                .append(LocalDate.now())
                .append(" on ")
                .append(machine())
                .append(", ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.version"))
                .append(quick ? " (quick run)" : "")
                .append(
                        ".\nEvery figure comes from one run of the suite, all variants side by side against the same embedded sandbox on loopback,")
                .append(
                        " so the noise of a shared machine weighs on all of them alike; the ratios are what to read.\n\n")
                .append(
                        "Reproduce: `./mvnw -q -Pbenchmarks -pl benchmarks,examples/order-to-payment -am package -Dmaven.test.skip=true")
                .append(" && java -jar benchmarks/target/benchmarks.jar --write docs/performance.md`\n\n");

        md.append(
                        "## `paymentIntent/create`: connector, its client alone, raw HttpClient 5 + Jackson (blocking and async), hand-written camel-http route\n\n")
                .append(
                        "Bytes allocated per call count the whole JVM, the in-process sandbox included (the same for every variant).\n\n")
                .append(
                        "| Threads | Variant | Calls/s | p50 µs | p99 µs | Bytes allocated per call |\n|---:|---|---:|---:|---:|---:|\n");
        List<String> targets = new ArrayList<>();
        for (int threads : CONCURRENCY) {
            for (String variant : new String[] {"connector", "client", "raw", "rawAsync", "camelHttp"}) {
                Figures f = create.get(variant + "@" + threads);
                md.append(String.format(
                        "| %d | %s | %,.0f | %,.0f | %,.0f | %,.0f |%n",
                        threads, variant, f.perSecond(), f.p50Micros(), f.p99Micros(), f.bytesPerCall()));
            }
        }
        md.append(
                "\n| Threads | connector / raw (target ≥ 0.90) | connector / camel-http (target ≥ 1.00) | client alone / raw |"
                        + " connector / raw async | raw async / raw |\n|---:|---:|---:|---:|---:|---:|\n");
        for (int threads : CONCURRENCY) {
            double vsRaw = ratio(create, "connector", "raw", threads);
            double vsRoute = ratio(create, "connector", "camelHttp", threads);
            md.append(String.format(
                    "| %d | %.3f %s | %.3f %s | %.3f | %.3f | %.3f |%n",
                    threads,
                    vsRaw,
                    met(vsRaw >= 0.90),
                    vsRoute,
                    met(vsRoute >= 1.00),
                    ratio(create, "client", "raw", threads),
                    ratio(create, "connector", "rawAsync", threads),
                    ratio(create, "rawAsync", "raw", threads)));
            targets.add(vsRaw >= 0.90 && vsRoute >= 1.00 ? "" : "create@" + threads);
        }
        double collapse = create.get("connector@64").perSecond()
                / create.get("connector@16").perSecond();
        md.append(String.format(
                "%nConnector throughput at 64 threads / at 16 threads: %.2f %s (no collapse: target ≥ 0.90)%n",
                collapse, met(collapse >= 0.90)));
        targets.add(collapse >= 0.90 ? "" : "collapse");

        Figures hook = webhook.get("wooshpay");
        Figures bare = webhook.get("bare");
        double hookRatio = hook.perSecond() / bare.perSecond();
        md.append("\n## `from(\"wooshpay:webhook\")` vs a bare platform-http route, 16 concurrent senders\n\n")
                .append(
                        "| Route | Events/s | p50 µs | p99 µs | Bytes allocated per call (sender and server) |\n|---|---:|---:|---:|---:|\n")
                .append(String.format(
                        "| wooshpay:webhook (verify, parse, de-duplicate, route) | %,.0f | %,.0f | %,.0f | %,.0f |%n",
                        hook.perSecond(), hook.p50Micros(), hook.p99Micros(), hook.bytesPerCall()))
                .append(String.format(
                        "| bare platform-http (answers 200) | %,.0f | %,.0f | %,.0f | %,.0f |%n",
                        bare.perSecond(), bare.p50Micros(), bare.p99Micros(), bare.bytesPerCall()))
                .append(String.format(
                        "%nwebhook / bare: %.3f %s (target ≥ 0.85)%n", hookRatio, met(hookRatio >= 0.85)));
        targets.add(hookRatio >= 0.85 ? "" : "webhook");

        md.append("\n## Start-up to the first request served (median of ")
                .append(quick ? 1 : 3)
                .append(" launches)\n\n")
                .append("| Application | ms |\n|---|---:|\n")
                .append("| Camel Main, one `wooshpay:webhook` route on Vert.x | ")
                .append(mainWooshpay)
                .append(" |\n")
                .append("| Camel Main, one bare platform-http route on Vert.x | ")
                .append(mainBare)
                .append(" |\n")
                .append("| Spring Boot order-to-payment example (sandbox, H2, 14 routes) | ")
                .append(springBoot < 0 ? "not built" : Long.toString(springBoot))
                .append(" |\n")
                .append(String.format(
                        "%nwooshpay / bare Camel Main start-up: %.2f%n", (double) mainWooshpay / mainBare));

        List<String> missed = targets.stream().filter(t -> !t.isEmpty()).toList();
        md.append("\n**Targets:** ")
                .append(missed.isEmpty() ? "all met." : "missed: " + missed + ".")
                .append('\n');
        return md.toString();
    }

    private static double ratio(Map<String, Figures> create, String a, String b, int threads) {
        return create.get(a + "@" + threads).perSecond()
                / create.get(b + "@" + threads).perSecond();
    }

    private static String met(boolean met) {
        return met ? "met" : "**missed**";
    }

    private static String machine() throws Exception {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse(cpu);
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB max heap of the suite JVM";
    }
}
