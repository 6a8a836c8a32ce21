package org.elige.batch;

import java.util.List;

/**
 * Receives the processed lines of a batch in input order, one chunk at a time, on the single
 * writer thread, before the chunk's output is written (e.g. to append its decisions to the log in
 * one transaction). An exception stops the batch.
 */
@FunctionalInterface
public interface Sink {
    void accept(List<Item> items);
}
