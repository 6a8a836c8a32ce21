package org.elige.rules;

import java.util.List;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * What happens when a rule's consequence throws: the session's collector of findings (the DRL
 * global {@code out}) is told, so that the rule's criterion becomes UNKNOWN with a rule-defect
 * finding for that unit, and the session goes on with the other rules. Every rule set's KieBase
 * is built with this handler ({@link org.kie.internal.conf.ConsequenceExceptionHandlerOption}); a
 * session without such a collector fails as Drools does by default.
 */
public final class RuleFailures implements ConsequenceExceptionHandler {

    /** Told of each rule that failed on one match, with the facts it matched. */
    public interface Listener {
        void ruleFailed(Rule rule, List<? extends Object> matched, Exception failure);
    }

    /** Drools makes one per KieBase by reflection. */
    public RuleFailures() {}

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception failure) {
        Object out = null;
        if (runtime instanceof KieRuntime session) {
            try {
                out = session.getGlobal("out");
            } catch (RuntimeException e) {
                out = null;
            }
        }
        if (out instanceof Listener listener) {
            listener.ruleFailed(match.getRule(), match.getObjects(), failure);
            return;
        }
        throw new ConsequenceException(failure, runtime, match);
    }
}
