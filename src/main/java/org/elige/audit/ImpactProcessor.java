package org.elige.audit;

import java.time.LocalDate;
import java.util.List;
import org.elige.batch.Item;
import org.elige.batch.Processor;
import org.elige.engine.Evaluator;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.elige.model.Decision;
import org.elige.rules.RuleSet;

/**
 * Decides one household under the base and the candidate rule set (same record, same evaluation
 * date) and attaches its state and the list of its {@link Change}s; run by a {@link org.elige.batch.Batch}, so a
 * caseload is decided on every core with bounded memory, in input order.
 */
public final class ImpactProcessor implements Processor {
    private final RuleSet base;
    private final RuleSet candidate;
    private final LocalDate asOf;

    /** @param asOf the evaluation date for every household, or null for each record's own */
    public ImpactProcessor(RuleSet base, RuleSet candidate, LocalDate asOf) {
        this.base = base;
        this.candidate = candidate;
        this.asOf = asOf;
    }

    @Override
    public Item process(long line, byte[] record) {
        try {
            Input before = HouseholdReader.read(record, base.enrollable(), asOf);
            Input after = HouseholdReader.read(record, candidate.enrollable(), asOf);
            Decision d0 = Evaluator.evaluate(base, before, base.parameters());
            Decision d1 = Evaluator.evaluate(candidate, after, candidate.parameters());
            String state = after.root().at("/location/cve_ent").isString()
                    ? after.root().at("/location/cve_ent").asString()
                    : "?";
            List<Change> changes = Compare.changes(line, state, d0, d1);
            return new Item(line, new byte[0], d1.errors(), d1, new Impact.Decided(state, changes));
        } catch (InputException e) {
            return new Item(line, new byte[0], e.errors(), null, null);
        }
    }
}
