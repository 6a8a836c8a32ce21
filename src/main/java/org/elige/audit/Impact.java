package org.elige.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.elige.batch.Item;
import org.elige.batch.Sink;

/**
 * The impact of a rule change on a caseload, gathered in input order on the batch's writer thread:
 * every change, and counts per program, per state and in total, and the households decided in each
 * state (what "per 1,000 households" divides by).
 */
public final class Impact implements Sink {
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Tally> byProgram = new TreeMap<>();
    private final Map<String, Tally> byState = new TreeMap<>();
    private final Map<String, Long> householdsByState = new TreeMap<>();
    private final Tally total = new Tally();
    private long households;
    private long householdsChanged;

    /** One household decided under both rule sets: its state (INEGI code, "?" when none) and its changes. */
    public record Decided(String state, List<Change> changes) {}

    @Override
    public void accept(List<Item> items) {
        for (Item item : items) {
            if (item.attachment() instanceof Decided decided) {
                households++;
                householdsByState.merge(decided.state(), 1L, Long::sum);
                householdsChanged += decided.changes().isEmpty() ? 0 : 1;
                for (Change c : decided.changes()) {
                    changes.add(c);
                    byProgram.computeIfAbsent(c.program(), k -> new Tally()).add(c);
                    byState.computeIfAbsent(c.state(), k -> new Tally()).add(c);
                    total.add(c);
                }
            }
        }
    }

    public List<Change> changes() {
        return changes;
    }

    public Map<String, Tally> byProgram() {
        return byProgram;
    }

    public Map<String, Tally> byState() {
        return byState;
    }

    /** Households decided under both rule sets in each state, by INEGI code. */
    public Map<String, Long> householdsByState() {
        return householdsByState;
    }

    public Tally total() {
        return total;
    }

    /** Households decided under both rule sets. */
    public long households() {
        return households;
    }

    public long householdsChanged() {
        return householdsChanged;
    }
}
