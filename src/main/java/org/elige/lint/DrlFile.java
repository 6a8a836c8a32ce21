package org.elige.lint;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.elige.rules.DrlParsing;

/**
 * One DRL file read as text and parsed (not compiled): its rules with their metadata, conditions
 * and consequences, located in the file. A file that does not parse has no rules here; the
 * compiler reports its errors.
 *
 * @param path  relative to the rule folder, e.g. {@code jcf/age.drl}
 * @param shown as messages show it, e.g. {@code rules/jcf/age.drl}
 */
public record DrlFile(String path, String shown, SourceText source, List<DrlRule> rules) {

    public static DrlFile parse(String path, String shown, String text) {
        SourceText source = new SourceText(text);
        PackageDescr pkg = DrlParsing.parse(text);
        List<DrlRule> rules = new ArrayList<>();
        if (pkg != null) {
            for (RuleDescr r : pkg.getRules()) {
                rules.add(DrlRule.of(r, shown, source));
            }
        }
        return new DrlFile(path, shown, source, List.copyOf(rules));
    }

    /** The program folder the file is in ({@code jcf} for {@code jcf/age.drl}), or "" at the top. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
