package org.elige.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --as-of} and {@code --param} options of the commands that decide records. */
final class WhatIfOptions {
    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = EvaluationDate.class,
            description = "Evaluation date (YYYY-MM-DD) for every record; default: each record's evaluation_date.")
    LocalDate asOf;

    @Option(
            names = "--param",
            paramLabel = "KEY=VALUE",
            description = "Override a parameter for a what-if (repeatable); the decision records every override.")
    Map<String, String> params = new LinkedHashMap<>();
}
