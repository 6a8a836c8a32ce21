package org.elige.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.elige.model.Messages;

/**
 * What a long command is doing, told on standard error while it works: a sentence of the message
 * catalogue in the command's language ("Decidiendo registros: 12,000 de 20,000 (60 %)…"), redrawn
 * in place on one line, counts at most {@value #PER_SECOND} times a second, until {@link #done}
 * ends the line; after that it says nothing. A quiet one says nothing at all: what a command gets
 * when standard error is not a terminal (piped or redirected), so logs and scripts see only the
 * command's own output. Whatever else the command writes on standard error goes through
 * {@link #err()}, which clears the line being redrawn first.
 */
final class Progress {
    static final int PER_SECOND = 4;
    private final PrintWriter err;
    private final PrintWriter above;
    private final String lang;
    private long last;
    private int width;
    private String pending;
    private boolean over;

    /** @param shown false for a progress that says nothing */
    Progress(PrintWriter err, String lang, boolean shown) {
        this.err = err;
        this.lang = lang;
        this.over = !shown;
        this.above = shown ? new PrintWriter(new Above(), true) : err;
    }

    /** Whether it tells anything (until {@link #done}). */
    synchronized boolean shown() {
        return !over;
    }

    /** Standard error for the command's other messages: each clears the progress line first. */
    PrintWriter err() {
        return above;
    }

    /** Tells what is being done now, at once: {@code key} is a catalogue sentence. */
    synchronized void say(String key, Object... args) {
        if (!over) {
            draw(Messages.get(lang, key, args));
        }
    }

    /**
     * Tells how far a count has gone: the sentence {@code key} with the count, or {@code key.of}
     * with the count, the total and the percentage when the total is known (more than 0).
     */
    synchronized void count(String key, long done, long total) {
        if (over) {
            return;
        }
        pending = total > 0
                ? Messages.get(lang, key + ".of", done, total, Math.min(100, done * 100 / total))
                : Messages.get(lang, key, done);
        long now = System.nanoTime();
        if (last == 0 || now - last >= 1_000_000_000L / PER_SECOND) {
            draw(pending);
        }
    }

    /** Draws the last count if it was held back, ends the line, and says nothing after. */
    synchronized void done() {
        if (over) {
            return;
        }
        if (pending != null) {
            draw(pending);
        }
        if (width > 0) {
            err.println();
            err.flush();
            width = 0;
        }
        over = true;
    }

    private synchronized void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            width = 0;
        }
    }

    private final class Above extends Writer {
        @Override
        public void write(char[] chars, int off, int len) {
            synchronized (Progress.this) {
                clear();
                err.write(chars, off, len);
            }
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }

    private void draw(String line) {
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
        last = System.nanoTime();
        pending = null;
    }

    /**
     * Whether this process's standard error is a terminal: where the system tells what file
     * descriptor 2 is (Linux), a terminal device; elsewhere, whether the JVM has a console.
     */
    static boolean terminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
