package org.elige.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.elige.facts.Fields;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every job takes: where the register is, where the tables go, how to read and split it. */
final class JobOptions {
    @Option(
            names = "--input",
            required = true,
            paramLabel = "PATH",
            description = "JSON Lines (plain or .gz; a file, folder or glob), or a Parquet/ORC table with --format.")
    String input;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "PATH",
            description = "Folder for the Parquet tables and manifest.json; must not exist unless --overwrite.")
    String output;

    @Option(names = "--overwrite", description = "Replace an existing output folder.")
    boolean overwrite;

    @Option(names = "--format", paramLabel = "jsonl|parquet|orc", description = "Input format (default jsonl).")
    String format = "jsonl";

    @Option(
            names = "--json-column",
            paramLabel = "NAME",
            description = "For a Parquet/ORC input: the column holding each household record as JSON text.")
    String jsonColumn;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = Date.class,
            description = "Evaluation date (YYYY-MM-DD) for every record; default: each record's evaluation_date.")
    LocalDate asOf;

    @Option(
            names = "--partition-mb",
            paramLabel = "MB",
            description = "Largest input split of plain JSON Lines (default 64); at least one split per core.")
    long partitionMb = 64;

    @Option(
            names = "--cache",
            paramLabel = "DIR|off",
            description = "Compiled-package cache on each executor (a node-local folder); default $ELIGE_CACHE,"
                    + " else ~/.cache/elige.")
    String cache;

    /** {@code --as-of}: a date between 1900-01-01 and 2100-12-31, as the core's commands take it. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                LocalDate d = LocalDate.parse(text);
                if (Fields.plausible(d)) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
            }
            throw new TypeConversionException(
                    text + " is outside the dates elige decides on, " + Fields.EARLIEST + " to " + Fields.LATEST);
        }
    }

    static Map<String, String> noParams() {
        return new LinkedHashMap<>();
    }
}
