package org.elige.http;

import org.elige.rules.ActiveRuleSet;

/**
 * What the route handlers share: the active rule set, the tokens, the body limit, the counters and
 * the options the server was started with. Handlers are thin: they read the request, call the
 * engine or the log, and write the answer.
 */
record Service(ServerOptions options, ActiveRuleSet rules, Bodies bodies, Metrics metrics, RuleWatcher watcher) {
}
