package org.elige.model;

import java.time.LocalDate;

/** A parameter value a criterion compared facts with, and where it comes from. */
public record ParamUse(Object value, LocalDate validFrom, String tag, String source) {}
