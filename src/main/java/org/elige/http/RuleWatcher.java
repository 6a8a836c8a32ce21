package org.elige.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.elige.rules.ActiveRuleSet;

/**
 * The opt-in file watch ({@code serve --watch}): when files under the rule folder change, waits for
 * the edits to settle, then asks the active rule set to reload, which compiles aside, runs the
 * fixtures and swaps only if both pass.
 */
final class RuleWatcher implements AutoCloseable {
    static final long SETTLE_MS = 500;
    private final ActiveRuleSet rules;
    private final PrintWriter err;
    private final WatchService watch;
    private final Thread thread;

    RuleWatcher(ActiveRuleSet rules, PrintWriter err) throws IOException {
        this.rules = rules;
        this.err = err;
        this.watch = FileSystems.getDefault().newWatchService();
        register(rules.dir());
        this.thread = new Thread(this::loop, "elige-rule-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).toList()) {
                d.register(
                        watch,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watch.take();
                drain(key);
                WatchKey more;
                while ((more = watch.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                register(rules.dir());
                boolean swapped = rules.reload();
                synchronized (err) {
                    err.println("elige serve: rules changed; "
                            + (swapped
                                    ? "now using " + rules.get().id()
                                    : "refused, still using " + rules.get().id() + ":"));
                    rules.lastErrors().forEach(err::println);
                    err.flush();
                }
            }
        } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            synchronized (err) {
                err.println("elige serve: the rule watch stopped: " + e.getMessage());
                err.flush();
            }
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        watch.close();
    }
}
