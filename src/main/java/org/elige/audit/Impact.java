package org.elige.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.elige.batch.Item;
import org.elige.batch.Sink;
import org.elige.model.Monthly;

/**
 * The impact of a rule change on a caseload, gathered in input order on the batch's writer thread:
 * every change, and counts per program, per state and in total, the households decided in each
 * state (what "per 1,000 households" divides by) and how many changed households gain or lose each
 * monthly amount. Or filled from figures already added up elsewhere (the Spark job's), with
 * {@link #count}, {@link #households(String, long)}, {@link #changedHouseholds} and
 * {@link #list}, which then holds only the first changes.
 */
public final class Impact implements Sink {
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Tally> byProgram = new TreeMap<>();
    private final Map<String, Tally> byState = new TreeMap<>();
    private final Map<String, Long> householdsByState = new TreeMap<>();
    private final Map<BigDecimal, Long> monthlyByHousehold = new TreeMap<>();
    private final Tally total = new Tally();
    private long households;
    private long householdsChanged;
    private long changedResults;

    /** One household decided under both rule sets: its state (INEGI code, "?" when none) and its changes. */
    public record Decided(String state, List<Change> changes) {}

    @Override
    public void accept(List<Item> items) {
        for (Item item : items) {
            if (item.attachment() instanceof Decided decided) {
                households(decided.state(), 1);
                BigDecimal monthly = BigDecimal.ZERO.setScale(2);
                for (Change c : decided.changes()) {
                    changes.add(c);
                    changedResults++;
                    byProgram.computeIfAbsent(c.program(), k -> new Tally()).add(c);
                    byState.computeIfAbsent(c.state(), k -> new Tally()).add(c);
                    total.add(c);
                    monthly = monthly.add(Monthly.of(c.benefitUnit(), c.benefitChange()));
                }
                if (!decided.changes().isEmpty()) {
                    changedHouseholds(monthly, 1);
                }
            }
        }
    }

    /** Adds households decided under both rule sets in a state. */
    public void households(String state, long n) {
        households += n;
        householdsByState.merge(state, n, Long::sum);
    }

    /** Adds {@code n} changed households whose changes add up to {@code monthly} a month ({@link Monthly}). */
    public void changedHouseholds(BigDecimal monthly, long n) {
        householdsChanged += n;
        monthlyByHousehold.merge(monthly, n, Long::sum);
    }

    /**
     * Adds changed results of a program in a state, counted together.
     *
     * @param benefit their benefit change in {@code unit}, or null when none of them changed an amount
     */
    public void count(
            String program, String state, long changed, long gained, long lost, String unit, BigDecimal benefit) {
        changedResults += changed;
        byProgram.computeIfAbsent(program, k -> new Tally()).add(changed, gained, lost, unit, benefit);
        byState.computeIfAbsent(state, k -> new Tally()).add(changed, gained, lost, unit, benefit);
        total.add(changed, gained, lost, unit, benefit);
    }

    /** Lists a change already counted with {@link #count}. */
    public void list(Change c) {
        changes.add(c);
    }

    /** Results that change; more than {@link #changes()} holds when filled from figures added up elsewhere. */
    public long changedResults() {
        return changedResults;
    }

    /** How many changed households gain (or lose) each monthly amount, smallest first. */
    public Map<BigDecimal, Long> monthlyByHousehold() {
        return monthlyByHousehold;
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
