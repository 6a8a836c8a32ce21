package org.elige.batch;

import java.util.List;
import org.elige.input.Json;

/**
 * The I/O floor of a batch, for benchmarks: the same pipeline with the evaluation replaced by
 * parsing the record and writing a decision of the same size. No batch can be faster than this.
 */
public final class Floor implements Processor {
    private final byte[] decision;

    /** @param decision a real decision, of the mean size of those the engine writes */
    public Floor(byte[] decision) {
        this.decision = decision.clone();
    }

    @Override
    public Item process(long line, byte[] record) {
        Json.READER.readTree(record);
        return new Item(line, decision, List.of(), null, null);
    }
}
