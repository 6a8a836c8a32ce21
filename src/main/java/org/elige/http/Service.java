package org.elige.http;

import java.io.PrintWriter;
import org.elige.rules.ActiveRuleSet;

/**
 * What the route handlers share: the active rule set, the decision log (written through the
 * journal, read through the records), the body limit, the counters, the options the server was
 * started with, its time and concurrency limits, and where it reports what went wrong. Handlers
 * are thin: they read the request, call the engine or the log, and write the answer.
 */
record Service(
        ServerOptions options,
        ActiveRuleSet rules,
        Journal journal,
        Records records,
        Bodies bodies,
        Metrics metrics,
        RuleWatcher watcher,
        Limits limits,
        PrintWriter err) {}
