package org.elige.cli;

import java.time.Period;
import picocli.CommandLine.Option;

/** The {@code --next-dates} and {@code --horizon} options: whether to say what would open each result, and how far ahead. */
final class ProspectOptions {
    @Option(
            names = "--next-dates",
            negatable = true,
            description =
                    "Say under each result that is not eligible the first date it would be (within --horizon) and "
                            + "the single change that would qualify it, each confirmed by the rules. Default: on for the text "
                            + "report of evaluate; off for its JSON and for batch.")
    Boolean nextDates;

    @Option(
            names = "--horizon",
            paramLabel = "YEARS",
            defaultValue = "5",
            description = "How many years ahead --next-dates looks (1 to 50; default: ${DEFAULT-VALUE}).")
    int horizonYears;

    /** Whether prospects are wanted, given what the command does when not told. */
    boolean wanted(boolean byDefault) {
        return nextDates == null ? byDefault : nextDates;
    }

    /** The horizon, or null when it is out of range. */
    Period horizon() {
        return horizonYears >= 1 && horizonYears <= 50 ? Period.ofYears(horizonYears) : null;
    }
}
