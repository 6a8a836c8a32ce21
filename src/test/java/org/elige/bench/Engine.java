package org.elige.bench;

import java.util.Map;
import org.elige.batch.Decide;
import org.elige.engine.Evaluator;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.LeanDecision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine in process, one operation per household in caseload order: the evaluation alone of
 * an already read record (lean, without sentences, and full), the serialisation alone of an already
 * made decision, and both with the reading, as a batch worker does per line ({@code decide*}, to
 * compare with the floor in {@link Baseline}).
 */
@State(Scope.Thread)
public class Engine {
    private Decide lean;
    private Decide full;
    private int next;

    @Setup
    public void processors(Caseload c) {
        lean = new Decide(c.ruleSet, null, Map.of(), true);
        full = new Decide(c.ruleSet, null, Map.of(), false);
    }

    @Benchmark
    public Decision evaluateLean(Caseload c) {
        return Evaluator.evaluate(c.ruleSet, c.inputs[next(c)], c.parameters, false);
    }

    @Benchmark
    public Decision evaluateFull(Caseload c) {
        return Evaluator.evaluate(c.ruleSet, c.inputs[next(c)], c.parameters, true);
    }

    @Benchmark
    public byte[] writeLean(Caseload c) {
        return Json.WRITER.writeValueAsBytes(LeanDecision.of(c.lean[next(c)]));
    }

    @Benchmark
    public byte[] writeFull(Caseload c) {
        return Json.WRITER.writeValueAsBytes(c.full[next(c)]);
    }

    @Benchmark
    public byte[] decideLean(Caseload c) {
        return lean.process(0, c.records[next(c)]).output();
    }

    @Benchmark
    public byte[] decideFull(Caseload c) {
        return full.process(0, c.records[next(c)]).output();
    }

    private int next(Caseload c) {
        int i = next;
        next = (i + 1) % c.records.length;
        return i;
    }
}
