package org.elige.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.elige.input.Json;
import org.elige.model.Result;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams JSON Lines through a {@link Processor} on several threads and writes the outputs in input
 * order. Memory is bounded: at most {@code 4 × threads} chunks of {@value #CHUNK} lines are in
 * flight whatever the input size. A line that cannot be decided goes to the errors stream with its
 * line number and every problem; the batch goes on.
 */
public final class Batch {
    static final int CHUNK = 64;
    private static final byte[] NEWLINE = {'\n'};
    private final Processor processor;
    private final int threads;

    public Batch(Processor processor, int threads) {
        this.processor = processor;
        this.threads = Math.max(1, threads);
    }

    /** @param errors where refused lines and input errors go, one JSON object per line; may be null */
    public Summary run(InputStream in, OutputStream out, OutputStream errors, Progress progress) throws IOException {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "elige-batch");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Chunk>> inflight = new ArrayBlockingQueue<>(threads * 4);
        Summary summary = new Summary();
        try (InputStream buffered = new BufferedInputStream(in, 1 << 16)) {
            Thread writer = new Thread(() -> write(inflight, out, errors, summary, progress), "elige-writer");
            writer.start();
            read(buffered, pool, inflight);
            join(writer);
        } finally {
            pool.shutdownNow();
        }
        summary.elapsed = Duration.ofNanos(System.nanoTime() - start);
        return summary;
    }

    private void read(InputStream in, ExecutorService pool, BlockingQueue<Future<Chunk>> inflight) throws IOException {
        List<Line> lines = new ArrayList<>(CHUNK);
        LineReader reader = new LineReader(in);
        try {
            for (byte[] line = reader.next(); line != null; line = reader.next()) {
                lines.add(new Line(reader.number(), line));
                if (lines.size() == CHUNK) {
                    submit(pool, inflight, lines);
                    lines = new ArrayList<>(CHUNK);
                }
            }
            if (!lines.isEmpty()) {
                submit(pool, inflight, lines);
            }
            inflight.put(Chunk.END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        }
    }

    private void submit(ExecutorService pool, BlockingQueue<Future<Chunk>> inflight, List<Line> lines)
            throws InterruptedException {
        inflight.put(pool.submit(() -> Chunk.process(processor, lines)));
    }

    record Line(long number, byte[] bytes) {
    }

    private static void write(BlockingQueue<Future<Chunk>> inflight, OutputStream out, OutputStream errors,
                              Summary summary, Progress progress) {
        try {
            for (Future<Chunk> f = inflight.take(); f != Chunk.END; f = inflight.take()) {
                Chunk chunk = f.get();
                out.write(chunk.output.toByteArray());
                if (errors != null && chunk.errors.size() > 0) {
                    errors.write(chunk.errors.toByteArray());
                }
                summary.add(chunk.summary);
                if (progress != null) {
                    progress.update(summary.records, summary.refused + summary.withErrors);
                }
            }
            out.flush();
            if (errors != null) {
                errors.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a batch worker failed", e.getCause());
        }
    }

    private static void join(Thread writer) throws IOException {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        }
    }

    /** The outputs of consecutive lines, ready to write in order. */
    static final class Chunk {
        static final Future<Chunk> END = java.util.concurrent.CompletableFuture.completedFuture(null);
        final ByteArrayOutputStream output = new ByteArrayOutputStream(1 << 14);
        final ByteArrayOutputStream errors = new ByteArrayOutputStream();
        final Summary summary = new Summary();

        static Chunk process(Processor processor, List<Line> lines) {
            Chunk c = new Chunk();
            for (Line line : lines) {
                c.add(processor.process(line.number(), line.bytes()));
            }
            return c;
        }

        private void add(Item item) {
            summary.records++;
            if (item.decision() == null) {
                summary.refused++;
            } else {
                summary.decided++;
                summary.withErrors += item.errors().isEmpty() ? 0 : 1;
                for (Result r : item.decision().results()) {
                    summary.count(r.program(), r.outcome());
                }
                output.writeBytes(item.output());
                output.writeBytes(NEWLINE);
                summary.bytesWritten += item.output().length + 1;
            }
            if (!item.errors().isEmpty()) {
                errors.writeBytes(errorLine(item));
            }
        }

        private static byte[] errorLine(Item item) {
            ObjectNode line = Json.WRITER.createObjectNode();
            line.put("line", item.line());
            line.put("decided", item.decision() != null);
            line.set("errors", Json.WRITER.valueToTree(item.errors()));
            return (Json.WRITER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }
}
