package org.elige.batch;

/** Turns one input line into its output; must be safe to call from many threads. */
@FunctionalInterface
public interface Processor {
    Item process(long line, byte[] record);
}
