package org.elige.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.elige.batch.Decide;
import org.elige.batch.Item;
import org.elige.batch.Sink;
import org.elige.model.Decision;
import org.elige.model.Outcome;
import org.elige.model.Question;
import org.elige.model.Result;
import org.elige.model.Text;

/**
 * What a batch decided, gathered for its report: outcomes per program, households and households
 * eligible for some program per state, and the facts to ask for that would settle the most
 * UNDETERMINED results. Filled decision by decision on the batch's writer thread, riding along any
 * other attachment and sink of the batch (the decision log's) and handing them theirs unchanged;
 * or from figures already added up elsewhere (the Spark job's), with {@link #outcome},
 * {@link #households} and {@link #ask}.
 */
public final class Caseload {
    private final Map<String, Map<Outcome, Long>> outcomes = new TreeMap<>();
    private final Map<String, Text> programs = new TreeMap<>();
    private final Map<String, Long> households = new TreeMap<>();
    private final Map<String, Long> eligible = new TreeMap<>();
    private final Map<String, Ask> asks = new LinkedHashMap<>();

    /** What the batch attaches to a decided line: its state, and the attachment of the batch's other sink. */
    record Seen(String state, Object inner) {}

    /**
     * A fact to ask for across the caseload.
     *
     * @param households households it was asked of
     * @param results    UNDETERMINED results it would help settle
     */
    public record Ask(Text label, long households, long results) {}

    /** Attaches each line's state around what {@code inner} (may be null) attaches. */
    public Decide.Attach attach(Decide.Attach inner) {
        return (line, input, decision) -> new Seen(
                input.root().at("/location/cve_ent").isString()
                        ? input.root().at("/location/cve_ent").asString()
                        : "?",
                inner == null ? null : inner.attach(line, input, decision));
    }

    /** Counts each chunk, then hands {@code inner} (may be null) the items with their own attachments. */
    public Sink sink(Sink inner) {
        return items -> {
            List<Item> theirs = new ArrayList<>(items.size());
            for (Item item : items) {
                if (item.attachment() instanceof Seen seen) {
                    count(seen.state(), item.decision());
                    theirs.add(new Item(
                            item.line(), item.output(), item.errors(), item.decision(), seen.inner(), item.failed()));
                } else {
                    theirs.add(item);
                }
            }
            if (inner != null) {
                inner.accept(theirs);
            }
        };
    }

    void count(String state, Decision d) {
        boolean any = false;
        for (Result r : d.results()) {
            outcome(r.program(), r.programName(), r.outcome(), 1);
            any |= r.outcome() == Outcome.ELIGIBLE || r.outcome() == Outcome.ELIGIBLE_TO_APPLY;
        }
        households(state, 1, any ? 1 : 0);
        for (Question q : d.questions()) {
            ask(q.label(), 1, q.settles().size());
        }
    }

    /** Adds {@code results} results of a program (named {@code name}) with this outcome. */
    public void outcome(String program, Text name, Outcome outcome, long results) {
        programs.putIfAbsent(program, name);
        outcomes.computeIfAbsent(program, k -> new EnumMap<>(Outcome.class)).merge(outcome, results, Long::sum);
    }

    /** Adds households decided in a state, {@code eligible} of them eligible for some program. */
    public void households(String state, long households, long eligible) {
        this.households.merge(state, households, Long::sum);
        this.eligible.merge(state, eligible, Long::sum);
    }

    /** Adds a fact asked for {@code households} times, that would help settle {@code results} results. */
    public void ask(Text label, long households, long results) {
        asks.merge(
                label.en(),
                new Ask(label, households, results),
                (a, b) -> new Ask(a.label(), a.households() + b.households(), a.results() + b.results()));
    }

    /** Results per program and outcome, programs by id. */
    public Map<String, Map<Outcome, Long>> outcomes() {
        return outcomes;
    }

    /** A program's name, by its id. */
    public Text program(String id) {
        return programs.get(id);
    }

    /** Households decided per state (INEGI code; "?" for records without one). */
    public Map<String, Long> households() {
        return households;
    }

    /** Households with at least one ELIGIBLE or ELIGIBLE_TO_APPLY result, per state. */
    public Map<String, Long> eligible() {
        return eligible;
    }

    /** The facts to ask for, the one that would settle the most results first (then the most asked, then by name); at most {@code n}. */
    public List<Ask> asks(int n) {
        return asks.values().stream()
                .sorted(Comparator.comparingLong(Ask::results)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(Ask::households).reversed())
                        .thenComparing(a -> a.label().en()))
                .limit(n)
                .toList();
    }
}
