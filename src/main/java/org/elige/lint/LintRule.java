package org.elige.lint;

import java.util.List;

/** One family of checks over a rule folder read as text. */
interface LintRule {

    void check(RuleFolder folder, List<LintFinding> out);
}
