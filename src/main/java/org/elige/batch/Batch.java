package org.elige.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * Streams JSON Lines through a {@link Processor} on several threads and writes the outputs in input
 * order. Memory is bounded: at most {@code 4 × threads} chunks of {@value #CHUNK} lines are in
 * flight whatever the input size. A line that cannot be decided goes to the errors stream with its
 * line number and every problem; the batch goes on. A {@link Sink} sees each chunk in order on the
 * writer thread before its output is written; if it or the output fails, the batch stops and
 * {@link #run} throws that failure.
 */
public final class Batch {
    static final int CHUNK = 64;
    private final Processor processor;
    private final int threads;
    private final Sink sink;

    public Batch(Processor processor, int threads) {
        this(processor, threads, null);
    }

    /** @param sink may be null */
    public Batch(Processor processor, int threads, Sink sink) {
        this.processor = processor;
        this.threads = Math.max(1, threads);
        this.sink = sink;
    }

    /**
     * @param errors   where refused lines and input errors go, one JSON object per line; may be null
     * @param progress told on the writer thread how many records were written so far; may be null
     */
    public Summary run(InputStream in, OutputStream out, OutputStream errors, LongConsumer progress)
            throws IOException {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "elige-batch");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Chunk>> inflight = new ArrayBlockingQueue<>(threads * 4);
        Summary summary = new Summary();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try (InputStream buffered = new BufferedInputStream(in, 1 << 16)) {
            Thread writer = startWriter(() -> write(inflight, out, errors, summary, progress), failure);
            try {
                read(buffered, pool, inflight);
                join(writer);
            } catch (IOException e) {
                if (failure.get() == null) {
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (failure.get() != null) {
            Thread.interrupted();
            throw failure.get();
        }
        summary.elapsed = Duration.ofNanos(System.nanoTime() - start);
        return summary;
    }

    /** The writer thread; its failure is recorded and interrupts the reading thread, which then stops. */
    private static Thread startWriter(Runnable write, AtomicReference<RuntimeException> failure) {
        Thread reader = Thread.currentThread();
        Thread writer = new Thread(
                () -> {
                    try {
                        write.run();
                    } catch (RuntimeException e) {
                        failure.set(e);
                        reader.interrupt();
                    }
                },
                "elige-writer");
        writer.setDaemon(true);
        writer.start();
        return writer;
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
        boolean keep = sink != null;
        inflight.put(pool.submit(() -> Chunk.process(processor, lines, keep)));
    }

    record Line(long number, byte[] bytes) {}

    private void write(
            BlockingQueue<Future<Chunk>> inflight,
            OutputStream out,
            OutputStream errors,
            Summary summary,
            LongConsumer progress) {
        try {
            for (Future<Chunk> f = inflight.take(); f != Chunk.END; f = inflight.take()) {
                Chunk chunk = f.get();
                if (sink != null) {
                    sink.accept(chunk.items);
                }
                out.write(chunk.output.toByteArray());
                if (errors != null && chunk.errors.size() > 0) {
                    errors.write(chunk.errors.toByteArray());
                }
                summary.add(chunk.summary);
                if (progress != null) {
                    progress.accept(summary.records);
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
            throw e.getCause() instanceof RuntimeException r
                    ? r
                    : new IllegalStateException("a batch worker failed", e.getCause());
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
}
