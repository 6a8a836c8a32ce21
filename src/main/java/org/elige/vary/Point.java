package org.elige.vary;

import java.math.BigDecimal;
import java.util.List;

/**
 * The household decided at one value of the axis.
 *
 * @param total the monthly equivalent, in MXN/month, of every benefit the household is ELIGIBLE or
 *              ELIGIBLE_TO_APPLY for that is paid periodically ({@link Amount#monthly()})
 */
public record Point(BigDecimal value, BigDecimal total, List<Reading> results) {}
