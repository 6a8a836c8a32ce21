package org.elige.vary;

import java.util.List;

/** A household re-decided along an axis: the answer of {@code evaluate --vary} and of {@code POST /api/v1/vary}. */
public record Sweep(String householdId, Axis axis, String totalUnit, List<Point> points, List<Threshold> thresholds) {}
