package org.elige.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.elige.batch.Item;
import org.elige.batch.Sink;

/**
 * The impact of a rule change on a caseload, gathered in input order on the batch's writer thread:
 * every change, and counts per program, per state and in total.
 */
public final class Impact implements Sink {
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Tally> byProgram = new TreeMap<>();
    private final Map<String, Tally> byState = new TreeMap<>();
    private final Tally total = new Tally();
    private long households;
    private long householdsChanged;

    @Override
    @SuppressWarnings("unchecked")
    public void accept(List<Item> items) {
        for (Item item : items) {
            if (item.attachment() instanceof List<?> list) {
                households++;
                householdsChanged += list.isEmpty() ? 0 : 1;
                for (Change c : (List<Change>) list) {
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
