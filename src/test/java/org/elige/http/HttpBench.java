package org.elige.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load generator of {@code bench/http.sh} (not a test): {@code CLIENTS} threads, each with its
 * own connection, post households from a JSON Lines file to {@code POST /api/v1/evaluations} as
 * fast as they are answered; after a warm-up, it prints requests per second, p50 and p99 latency
 * and the count of each status. Usage: {@code HttpBench URL FILE CLIENTS REQUESTS WARMUP}.
 *
 * <p>{@code URL} may name several instances of the service, separated by commas
 * ({@code bench/office.sh}): client {@code c} then talks to instance {@code c mod n} all along. The
 * line also tells how many warm-up requests were answered 201, so that a caller can compare the
 * 201s with the records a decision log holds, and the CPU milliseconds per measured request of each
 * group of processes named in {@code -Dbench.cpu} ({@link CpuTime}), of itself and of the machine,
 * and where a request's time went: the mean of each step the services time (read, evaluate, hash,
 * record, write), from their metrics, with the decisions the log's group commit wrote per transaction.
 */
public final class HttpBench {
    private HttpBench() {}

    public static void main(String[] args) throws Exception {
        List<String> urls = Arrays.stream(args[0].split(","))
                .map(u -> u + "/api/v1/evaluations" + System.getProperty("bench.query", ""))
                .toList();
        List<String> households = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList();
        int clients = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        Map<Integer, LongAdder> warmupStatuses = new ConcurrentHashMap<>();
        run(urls, households, clients, warmup, new long[warmup], warmupStatuses);
        long[] nanos = new long[requests];
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        CpuTime cpu = CpuTime.fromProperty();
        Map<String, Double> cpuBefore = cpu.now();
        Map<String, double[]> stagesBefore = stages(args[0]);
        long start = System.nanoTime();
        run(urls, households, clients, requests, nanos, statuses);
        double seconds = (System.nanoTime() - start) / 1e9;
        String cpuLine = CpuTime.perRequest(cpuBefore, cpu.now(), requests, seconds);
        String stageLine = stageMeans(stagesBefore, stages(args[0]));
        Arrays.sort(nanos);
        Map<Integer, Long> counts = new TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.sum()));
        System.out.printf(
                "instances=%d clients=%d requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f"
                        + " statuses=%s warmup_201=%d%s%s%n",
                urls.size(),
                clients,
                requests,
                seconds,
                requests / seconds,
                nanos[requests / 2] / 1e6,
                nanos[(int) (requests * 0.95)] / 1e6,
                nanos[(int) (requests * 0.99)] / 1e6,
                nanos[requests - 1] / 1e6,
                counts,
                warmupStatuses.getOrDefault(201, new LongAdder()).sum(),
                cpuLine,
                stageLine);
    }

    private static final java.util.regex.Pattern STAGE = java.util.regex.Pattern.compile(
            "elige_evaluation_stage_seconds_(sum|count)\\{stage=\"(\\w+)\"} ([0-9.Ee+-]+)");
    private static final java.util.regex.Pattern COMMITS =
            java.util.regex.Pattern.compile("(?m)^elige_log_commits_total ([0-9.Ee+-]+)");

    /** Each stage's total seconds and count over every instance, from their metrics. */
    private static Map<String, double[]> stages(String instances) throws Exception {
        Map<String, double[]> total = new TreeMap<>();
        HttpClient http = HttpClient.newHttpClient();
        for (String base : instances.split(",")) {
            String text = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/v1/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            java.util.regex.Matcher commits = COMMITS.matcher(text);
            if (commits.find()) {
                total.computeIfAbsent("commits", k -> new double[2])[1] += Double.parseDouble(commits.group(1));
            }
            java.util.regex.Matcher m = STAGE.matcher(text);
            while (m.find()) {
                double[] t = total.computeIfAbsent(m.group(2), k -> new double[2]);
                t[m.group(1).equals("sum") ? 0 : 1] += Double.parseDouble(m.group(3));
            }
        }
        return total;
    }

    /**
     * " stage_ms=read:0.41,evaluate:2.10,… per_commit=5.2": the mean milliseconds of each stage
     * over the measured requests, and the decisions recorded per transaction of the log.
     */
    private static String stageMeans(Map<String, double[]> before, Map<String, double[]> after) {
        StringBuilder out = new StringBuilder(" stage_ms=");
        for (String stage : List.of("read", "evaluate", "hash", "record", "write")) {
            double[] a = after.getOrDefault(stage, new double[2]);
            double[] b = before.getOrDefault(stage, new double[2]);
            double n = a[1] - b[1];
            out.append(stage)
                    .append(':')
                    .append(n == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.2f", (a[0] - b[0]) * 1000 / n))
                    .append(stage.equals("write") ? "" : ",");
        }
        double commits =
                after.getOrDefault("commits", new double[2])[1] - before.getOrDefault("commits", new double[2])[1];
        double recorded =
                after.getOrDefault("record", new double[2])[1] - before.getOrDefault("record", new double[2])[1];
        out.append(" per_commit=")
                .append(commits == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.1f", recorded / commits));
        return out.toString();
    }

    private static void run(
            List<String> urls,
            List<String> households,
            int clients,
            int requests,
            long[] nanos,
            Map<Integer, LongAdder> statuses)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            String url = urls.get(c % urls.size());
            threads[c] = new Thread(
                    () -> {
                        HttpClient http = HttpClient.newBuilder()
                                .version(HttpClient.Version.HTTP_1_1)
                                .connectTimeout(Duration.ofSeconds(10))
                                .build();
                        for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                            HttpRequest r = HttpRequest.newBuilder(URI.create(url))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(households.get(i % households.size())))
                                    .build();
                            long t0 = System.nanoTime();
                            int status;
                            try {
                                status = http.send(r, HttpResponse.BodyHandlers.discarding())
                                        .statusCode();
                            } catch (IOException e) {
                                status = -1;
                            } catch (InterruptedException e) {
                                return;
                            }
                            nanos[i] = System.nanoTime() - t0;
                            statuses.computeIfAbsent(status, k -> new LongAdder())
                                    .increment();
                        }
                    },
                    "bench-client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
