package org.elige.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The result of one criterion for one unit: the facts it read (JSON Pointer or derived name to
 * value), the parameters it used, its citation and a sentence a caseworker can read aloud.
 *
 * @param reason why an UNKNOWN could not be decided when no fact is missing (e.g. the rule is not known)
 * @param invalid it read a fact that breaks the input contract: the result is a DATA_ERROR
 */
public record Finding(
        String id,
        Status status,
        Map<String, Object> facts,
        Map<String, ParamUse> parameters,
        String citation,
        Text explanation,
        List<String> missing,
        @JsonInclude(JsonInclude.Include.NON_NULL) Text reason,
        @JsonIgnore boolean invalid) {}
