package org.elige.vary;

import java.util.List;
import org.elige.model.Text;

/**
 * A household re-decided along an axis: the answer of {@code evaluate --vary} and of {@code POST /api/v1/vary}.
 *
 * @param fact the axis's fact in words, naming whom it is about ("el ingreso mensual de Rosa López (P2)")
 */
public record Sweep(
        String householdId, Axis axis, Text fact, String totalUnit, List<Point> points, List<Threshold> thresholds) {}
