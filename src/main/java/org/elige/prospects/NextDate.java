package org.elige.prospects;

import java.time.LocalDate;
import org.elige.model.Outcome;
import org.elige.model.Text;

/**
 * The first date on which the same record would be positive.
 *
 * @param outcome     ELIGIBLE or ELIGIBLE_TO_APPLY on that date
 * @param because     what changes on that date ("cumple 65 años")
 * @param explanation the whole sentence a caseworker reads aloud
 */
public record NextDate(LocalDate date, Outcome outcome, Text because, Text explanation) {}
