package org.elige.bench;

import java.io.ByteArrayOutputStream;
import org.elige.batch.Floor;
import org.elige.batch.Item;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The baselines the engine's figures are read against, measured in the same run: reading a record
 * (parse and schema check), and the I/O floor (parse, then write a decision of the mean lean or
 * full size without deciding anything). One operation is one household, in caseload order.
 */
@State(Scope.Thread)
public class Baseline {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
    private Floor leanFloor;
    private Floor fullFloor;
    private int next;

    @Setup
    public void floors(Caseload c) {
        leanFloor = new Floor(c.leanSized);
        fullFloor = new Floor(c.fullSized);
    }

    @Benchmark
    public Input read(Caseload c) throws InputException {
        return HouseholdReader.read(c.records[next(c)], c.enrollable, null);
    }

    @Benchmark
    public int floorLean(Caseload c) {
        return write(leanFloor.process(0, c.records[next(c)]));
    }

    @Benchmark
    public int floorFull(Caseload c) {
        return write(fullFloor.process(0, c.records[next(c)]));
    }

    /** Writes the item as a batch does (into memory here, so no disk is measured); returns the size. */
    private int write(Item item) {
        out.reset();
        out.writeBytes(item.output());
        out.write('\n');
        return out.size();
    }

    private int next(Caseload c) {
        int i = next;
        next = (i + 1) % c.records.length;
        return i;
    }
}
