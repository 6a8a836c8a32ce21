package org.elige.http;

import org.elige.rules.ActiveRuleSet;

/**
 * What the route handlers share: the active rule set, the decision log (written through the
 * journal, read through the records), the body limit, the counters and the options the server was
 * started with. Handlers are thin: they read the request, call the engine or the log, and write
 * the answer.
 */
record Service(ServerOptions options, ActiveRuleSet rules, Journal journal, Records records, Bodies bodies, Metrics metrics,
               RuleWatcher watcher) {
}
