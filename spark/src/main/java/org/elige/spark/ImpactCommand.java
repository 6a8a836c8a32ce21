package org.elige.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code impact --base RULES --candidate RULES --input PATH --output PATH [--as-of DATE] [--html FILE.html
 * [--lang es|en]]}.
 */
@Command(
        name = "impact",
        mixinStandardHelpOptions = true,
        description = "Decide a register under two rule sets in one pass; the results that change, and their"
                + " aggregate per program, state and kind of change with the monthly cost delta.")
final class ImpactCommand implements Callable<Integer> {
    @Mixin
    JobOptions job;

    @Option(names = "--base", required = true, paramLabel = "DIR", description = "The rules in force.")
    Path base;

    @Option(names = "--candidate", required = true, paramLabel = "DIR", description = "The changed rules.")
    Path candidate;

    @Option(
            names = "--html",
            paramLabel = "FILE.html",
            description = "Also write a self-contained HTML report of the impact on the driver (in --lang): a map of"
                    + " the monthly benefit change per state, changes per program, a histogram per household.")
    Path html;

    @Option(
            names = "--lang",
            defaultValue = "es",
            description = "Language of --html: es or en (default: ${DEFAULT-VALUE}).")
    PageFile.Lang lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PageFile page = PageFile.of(html, lang, "--html");
        Jobs.Compiled before = Jobs.compile(base, job.cache, Map.of());
        Jobs.Compiled after = Jobs.compile(candidate, job.cache, Map.of());
        ImpactJob.run(
                Jobs.spark("impact"),
                before,
                after,
                base.toString(),
                candidate.toString(),
                job,
                page,
                spec.commandLine().getOut());
        return Main.OK;
    }
}
