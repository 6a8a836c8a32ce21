package org.elige.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an eligible unit would receive: an amount per period, or the works or modality that apply.
 *
 * @param items what the benefit consists of when it is not money (works, modality), else empty
 */
public record Benefit(
        BigDecimal amount,
        String unit,
        Integer periods,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> items,
        Text note,
        Map<String, ParamUse> parameters) {}
