package org.elige.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Option;

/** {@code evaluate --vary POINTER --from A --to B --step S}: re-decide the record along one numeric fact. */
final class VaryOptions {
    @Option(
            names = "--vary",
            paramLabel = "POINTER",
            description = "Re-decide the record at each value of the numeric fact at this JSON Pointer"
                    + " (e.g. /household_monthly_income_mxn) and show benefits and thresholds along it.")
    String pointer;

    @Option(names = "--from", paramLabel = "NUMBER", description = "First value of --vary.")
    BigDecimal from;

    @Option(names = "--to", paramLabel = "NUMBER", description = "Last value of --vary.")
    BigDecimal to;

    @Option(
            names = "--step",
            paramLabel = "NUMBER",
            description = "Step between values of --vary (at most 400 values).")
    BigDecimal step;
}
