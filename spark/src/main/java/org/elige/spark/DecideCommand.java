package org.elige.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code decide --rules DIR --input PATH --output PATH [--as-of DATE] [--param K=V]… [--detail lean|full]
 * [--report FILE.html [--lang es|en]]}.
 */
@Command(
        name = "decide",
        mixinStandardHelpOptions = true,
        description = "Decide every household of a register; Parquet results by program, errors, summary, manifest.")
final class DecideCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default rules).")
    Path rules = Path.of("rules");

    @Option(
            names = "--param",
            paramLabel = "KEY=VALUE",
            description = "Override a parameter for a what-if (repeatable); each result records it.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
            names = "--detail",
            paramLabel = "lean|full",
            description = "lean (default): results only; full: also each whole decision as JSON (table decisions).")
    String detail = "lean";

    @Option(
            names = "--report",
            paramLabel = "FILE.html",
            description = "Also write a self-contained HTML report of the register on the driver (in --lang): outcomes"
                    + " per program, households eligible per state on a map, the facts to ask for that settle the"
                    + " most results.")
    Path report;

    @Option(
            names = "--lang",
            defaultValue = "es",
            description = "Language of --report: es or en (default: ${DEFAULT-VALUE}).")
    PageFile.Lang lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!detail.equals("lean") && !detail.equals("full")) {
            throw new JobException(Main.USAGE, "--detail takes lean or full, not " + detail);
        }
        PageFile page = PageFile.of(report, lang, "--report");
        Jobs.Compiled compiled = Jobs.compile(rules, job.cache, params);
        DecideJob.run(
                Jobs.spark("decide"),
                compiled.shipment(),
                compiled.rules(),
                job,
                params,
                detail.equals("full"),
                page,
                spec.commandLine().getOut());
        return Main.OK;
    }
}
