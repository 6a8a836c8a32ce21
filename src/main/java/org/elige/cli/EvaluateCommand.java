package org.elige.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.elige.audit.DecisionLog;
import org.elige.audit.Entry;
import org.elige.audit.Signer;
import org.elige.engine.Evaluator;
import org.elige.input.HouseholdReader;
import org.elige.input.Input;
import org.elige.input.InputException;
import org.elige.input.Json;
import org.elige.model.Decision;
import org.elige.model.Messages;
import org.elige.model.Text;
import org.elige.model.Words;
import org.elige.prospects.Prospector;
import org.elige.prospects.Prospects;
import org.elige.rules.ParameterException;
import org.elige.rules.RuleSet;
import org.elige.vary.Sweep;
import org.elige.vary.SweepReport;
import org.elige.vary.Variation;
import org.elige.vary.VaryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code evaluate FILE|-}: decides one household record and prints the decision. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Decide one household record (JSON) and print the decision.")
final class EvaluateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules;

    @Mixin
    DbOption db;

    @Mixin
    SigningKeyOption signingKey;

    @Parameters(paramLabel = "FILE|-", description = "The household record; - reads standard input.")
    String file;

    @Mixin
    WhatIfOptions whatIf;

    @Mixin
    VaryOptions vary;

    @Mixin
    ProspectOptions next;

    /** The record and parameters the decision was made with, for its prospects. */
    private Input input;

    private org.elige.rules.Parameters parameters;

    @Option(names = "--lang", defaultValue = "es", description = "es or en (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--record", description = "Store the decision in the decision log (see --db) before printing it.")
    boolean record;

    enum Lang {
        es,
        en
    }

    enum Format {
        text,
        json
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HouseholdReader.prepare();
        RuleSet ruleSet = RulesOption.load(rules.dir, err);
        if (ruleSet == null) {
            return Main.INVALID_RULES;
        }
        byte[] bytes;
        try {
            bytes = "-".equals(file) ? main.in.readAllBytes() : Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            err.println("elige: " + Messages.get(lang.name(), "cli.cannot_read", file, unreadable(file, e)));
            return Main.INVALID_INPUT;
        }
        if (vary.pointer != null) {
            return vary(ruleSet, bytes, out, err);
        }
        Decision decision;
        try {
            decision = decide(ruleSet, bytes);
        } catch (InputException e) {
            e.errors()
                    .forEach(x -> err.println(file + ":" + (x.path().isEmpty() ? "/" : x.path()) + ": "
                            + x.message().in(lang.name())));
            return Main.INVALID_INPUT;
        } catch (ParameterException e) {
            err.println("elige: --param: " + e.text().in(lang.name()));
            return Main.USAGE;
        }
        if (next.horizon() == null) {
            err.println("elige: " + Messages.get(lang.name(), "cli.horizon", next.horizonYears));
            return Main.USAGE;
        }
        Prospects prospects = next.wanted(format == Format.text)
                ? Prospector.of(ruleSet, input, parameters, decision, next.horizon())
                : null;
        if (format == Format.json) {
            out.println(
                    prospects == null
                            ? Json.PRETTY.writeValueAsString(decision)
                            : Json.PRETTY.writeValueAsString(
                                    Json.READER.readTree(prospects.appendTo(Json.WRITER.writeValueAsBytes(decision)))));
        } else {
            new TextReport(out, lang.name(), Json.READER.readTree(bytes)).print(decision, prospects);
        }
        String l = lang.name();
        decision.defects()
                .forEach(d -> err.println("elige: "
                        + (d.rule() == null
                                ? Messages.get(l, "cli.rule_defect.matching", d.error())
                                : Messages.get(
                                        l,
                                        "cli.rule_defect",
                                        d.rule(),
                                        d.where(),
                                        d.unit() == null
                                                ? Messages.get(l, "cli.rule_defect.no_unit")
                                                : Words.unit(
                                                        l,
                                                        d.unit().kind(),
                                                        d.unit().id(),
                                                        null),
                                        d.error()))));
        return decision.errors().isEmpty() && decision.defects().isEmpty() ? Main.OK : Main.INVALID_INPUT;
    }

    /** {@code --vary}: the record decided along the axis, as a table or JSON; errors name the pointer or the input path. */
    private int vary(RuleSet ruleSet, byte[] bytes, PrintWriter out, PrintWriter err) {
        String l = lang.name();
        if (vary.from == null || vary.to == null || vary.step == null) {
            err.println("elige: " + Messages.get(l, "vary.cli.needs_range", "--from", "--to", "--step"));
            return Main.USAGE;
        }
        if (record) {
            err.println("elige: " + Messages.get(l, "vary.cli.no_record"));
            return Main.USAGE;
        }
        Sweep sweep;
        try {
            sweep = Variation.run(
                    ruleSet, bytes, whatIf.asOf, whatIf.params, vary.pointer, vary.from, vary.to, vary.step);
        } catch (VaryException e) {
            err.println("elige: --vary: " + e.text().in(l));
            return Main.USAGE;
        } catch (InputException e) {
            e.errors()
                    .forEach(x -> err.println(file + ":" + (x.path().isEmpty() ? "/" : x.path()) + ": "
                            + x.message().in(l)));
            return Main.INVALID_INPUT;
        } catch (ParameterException e) {
            err.println("elige: --param: " + e.text().in(l));
            return Main.USAGE;
        }
        if (format == Format.json) {
            out.println(Json.PRETTY.writeValueAsString(sweep));
        } else {
            new SweepReport(out, l).print(sweep);
        }
        return Main.OK;
    }

    /** Why a file cannot be read, in words ({@code cli.unreadable.*}). */
    static Text unreadable(String file, IOException e) {
        String why = "other";
        if (e instanceof NoSuchFileException) {
            why = "missing";
        } else if (e instanceof AccessDeniedException) {
            why = "denied";
        } else if (Files.isDirectory(Path.of(file))) {
            why = "folder";
        }
        return Messages.text("cli.unreadable." + why);
    }

    /** Decides the record, and logs the decision first with --record. */
    private Decision decide(RuleSet ruleSet, byte[] bytes) throws InputException {
        parameters = ruleSet.parameters().with(whatIf.params);
        input = HouseholdReader.read(bytes, ruleSet.enrollable(), whatIf.asOf);
        Decision decision = Evaluator.evaluate(ruleSet, input, parameters);
        if (record) {
            record(ruleSet, Entry.of(input, decision, whatIf.params, null, null));
        }
        return decision;
    }

    /** Appends the decision to the log; a log that cannot take it stops the command before anything is printed. */
    private void record(RuleSet ruleSet, Entry entry) {
        Signer signer = signingKey.signer();
        try (DecisionLog log = new DecisionLog(db.open(true), signer)) {
            long seq = log.append(ruleSet, java.util.List.of(entry));
            spec.commandLine()
                    .getErr()
                    .println("elige: "
                            + Messages.get(
                                    lang.name(),
                                    "cli.recorded",
                                    entry.decisionId(),
                                    log.database().shown(),
                                    seq));
        }
    }
}
