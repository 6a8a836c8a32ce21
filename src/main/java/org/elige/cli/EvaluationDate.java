package org.elige.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.elige.facts.Fields;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --as-of DATE}: a calendar date (YYYY-MM-DD) between 1900-01-01 and 2100-12-31, else a usage error. */
final class EvaluationDate implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String text) {
        LocalDate d;
        try {
            d = text.length() > 16 ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            d = null;
        }
        if (d == null) {
            throw new TypeConversionException("'" + org.elige.model.Shown.text(text) + "' is not a date (YYYY-MM-DD)");
        }
        if (!Fields.plausible(d)) {
            throw new TypeConversionException(
                    text + " is outside the dates elige decides on, " + Fields.EARLIEST + " to " + Fields.LATEST);
        }
        return d;
    }
}
