package org.elige.batch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.elige.input.Json;
import org.elige.model.Result;
import tools.jackson.databind.node.ObjectNode;

/** The outputs of consecutive lines, ready to write in order. */
final class Chunk {
    static final Future<Chunk> END = java.util.concurrent.CompletableFuture.completedFuture(null);
    private static final byte[] NEWLINE = {'\n'};
    final ByteArrayOutputStream output = new ByteArrayOutputStream(1 << 14);
    final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    final Summary summary = new Summary();
    final List<Item> items = new ArrayList<>();

    static Chunk process(Processor processor, List<Batch.Line> lines, boolean keep) {
        Chunk c = new Chunk();
        for (Batch.Line line : lines) {
            Item item = processor.process(line.number(), line.bytes());
            c.add(item);
            if (keep) {
                c.items.add(item);
            }
        }
        return c;
    }

    private void add(Item item) {
        summary.records++;
        boolean defects = item.decision() != null && !item.decision().defects().isEmpty();
        if (item.decision() != null || item.output().length > 0) {
            summary.decided++;
            summary.withErrors += item.errors().isEmpty() ? 0 : 1;
            summary.withDefects += defects ? 1 : 0;
            if (item.decision() != null) {
                for (Result r : item.decision().results()) {
                    summary.count(r.program(), r.outcome());
                }
            }
            if (item.output().length > 0) {
                output.writeBytes(item.output());
                output.writeBytes(NEWLINE);
                summary.bytesWritten += item.output().length + 1;
            }
        } else if (item.isSkipped()) {
            summary.skipped++;
        } else if (item.failed()) {
            summary.failed++;
        } else {
            summary.refused++;
        }
        if (!item.errors().isEmpty() || defects) {
            errors.writeBytes(errorLine(item));
        }
    }

    /** A line of the errors output: the input line, whether it was decided, its problems and the rules that failed on it. */
    private static byte[] errorLine(Item item) {
        ObjectNode line = Json.WRITER.createObjectNode();
        line.put("line", item.line());
        line.put("decided", item.decision() != null);
        line.set("errors", Json.WRITER.valueToTree(item.errors()));
        if (item.decision() != null && !item.decision().defects().isEmpty()) {
            line.set("rule_defects", Json.WRITER.valueToTree(item.decision().defects()));
        }
        return (Json.WRITER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
