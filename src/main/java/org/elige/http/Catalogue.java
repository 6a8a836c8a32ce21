package org.elige.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.elige.model.RuleSetRef;
import org.elige.model.Text;
import org.elige.rules.Parameter;
import org.elige.rules.ParameterValue;
import org.elige.rules.Program;
import org.elige.rules.RuleInfo;
import org.elige.rules.RuleSet;

/**
 * The program catalogue of a rule set on a date, as {@code GET /programs} answers it: each
 * program's names, unit and criteria (the rule version in force that day, with its citation and
 * the two halves of its sentence as templates), and the parameters in force with sources and tags.
 *
 * @param commonParameters parameters shared by every program ({@code rules/common})
 */
public record Catalogue(
        LocalDate asOf, RuleSetRef ruleSet, List<ProgramEntry> programs, List<ParameterEntry> commonParameters) {

    /** One program. {@code rulesKnown} says whether the shipped rules describe it on the date. */
    public record ProgramEntry(
            String id,
            Text name,
            String family,
            String unit,
            String award,
            boolean inPeriod,
            LocalDate periodFrom,
            LocalDate periodUntil,
            List<CriterionEntry> criteria,
            List<ParameterEntry> parameters) {}

    /** One criterion as its rule in force on the date states it; the sentence halves are templates with {placeholders}. */
    public record CriterionEntry(
            String id,
            String name,
            String citation,
            Text found,
            Text needs,
            LocalDate validFrom,
            LocalDate validUntil) {}

    /** One parameter value in force on the date. */
    public record ParameterEntry(
            String key,
            Text description,
            String unit,
            Object value,
            LocalDate validFrom,
            LocalDate validUntil,
            String tag,
            String source) {}

    public static Catalogue of(RuleSet rules, LocalDate date) {
        List<ProgramEntry> programs = new ArrayList<>();
        List<ParameterEntry> common = new ArrayList<>();
        for (Program p : rules.programs().values()) {
            List<CriterionEntry> criteria = new ArrayList<>();
            for (String c : p.criteria()) {
                rules.rules().values().stream()
                        .filter(r -> c.equals(r.criterion()) && r.appliesOn(date))
                        .findFirst()
                        .ifPresentOrElse(
                                r -> criteria.add(criterion(r)),
                                () -> criteria.add(new CriterionEntry(c, null, null, null, null, null, null)));
            }
            programs.add(new ProgramEntry(
                    p.id(),
                    p.name(),
                    p.family(),
                    p.unit(),
                    p.award(),
                    p.inPeriod(date),
                    p.periodFrom(),
                    p.periodUntil(),
                    criteria,
                    parameters(rules, date, "/" + p.folder() + "/parameters.yaml")));
        }
        for (Parameter q : rules.parameters().all().values()) {
            boolean owned = rules.programs().values().stream()
                    .anyMatch(p -> q.file().endsWith("/" + p.folder() + "/parameters.yaml"));
            ParameterValue v = q.at(date);
            if (!owned && v != null) {
                common.add(entry(q, v));
            }
        }
        return new Catalogue(date, new RuleSetRef(rules.id(), rules.label(), RuleSet.ENGINE), programs, common);
    }

    private static CriterionEntry criterion(RuleInfo r) {
        return new CriterionEntry(
                r.criterion(), r.name(), r.citation(), r.found(), r.needs(), r.validFrom(), r.validUntil());
    }

    private static List<ParameterEntry> parameters(RuleSet rules, LocalDate date, String folder) {
        List<ParameterEntry> out = new ArrayList<>();
        for (Parameter q : rules.parameters().all().values()) {
            ParameterValue v = q.at(date);
            if (q.file().endsWith(folder) && v != null) {
                out.add(entry(q, v));
            }
        }
        return out;
    }

    private static ParameterEntry entry(Parameter q, ParameterValue v) {
        return new ParameterEntry(
                q.key(), q.description(), q.unit(), v.value(), v.validFrom(), v.validUntil(), v.tag(), v.source());
    }
}
