package org.elige.report;

import java.util.List;
import org.elige.input.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The options of the reports' ECharts charts: configuration only, no drawing code. Animation is
 * off, so a chart is whole as soon as it is drawn (and prints so); ECharts' ARIA description is on
 * for screen readers, and each chart's table follows it on the page.
 */
public final class Charts {
    /** Red for less, a neutral grey for none, blue for more. */
    public static final List<String> DIVERGING = List.of("#b2182b", "#f7f7f7", "#2166ac");
    /** From a neutral grey for none to a dark purple for the most. */
    public static final List<String> SEQUENTIAL = List.of("#f7f7f7", "#54278f");
    /** The fill of a state with no figure (no household there). */
    public static final String NO_DATA = "#d0d7de";

    private Charts() {}

    /**
     * One state of a map: its INEGI code, its figure, and what hovering it shows (escaped here).
     *
     * @param hover lines: the state's name first, then its figures
     */
    public record Region(String code, double value, List<String> hover) {}

    /** A series of figures, one per category, in a colour. */
    public record Series(String name, List<? extends Number> values, String color) {}

    /**
     * A choropleth map of Mexico's 32 states, coloured on a continuous scale from {@code min} to
     * {@code max} (a diverging scale centres zero on the neutral colour).
     */
    public static ObjectNode map(
            List<Region> regions, double min, double max, List<String> colors, String low, String high) {
        ObjectNode o = base();
        o.putObject("tooltip").put("trigger", "item");
        ObjectNode scale = o.putObject("visualMap");
        scale.put("type", "continuous")
                .put("min", min)
                .put("max", max == min ? min + 1 : max)
                .put("orient", "horizontal")
                .put("left", "center")
                .put("bottom", 0)
                .put("calculable", false)
                .put("itemWidth", 14)
                .put("itemHeight", 220);
        scale.putArray("text").add(high).add(low);
        ArrayNode range = scale.putObject("inRange").putArray("color");
        colors.forEach(range::add);
        ObjectNode series = o.putArray("series").addObject();
        series.put("type", "map")
                .put("map", "MX")
                .put("nameProperty", "cve_ent")
                .put("roam", false)
                .put("selectedMode", false)
                .put("top", 10)
                .put("bottom", 60);
        series.putObject("label").put("show", false);
        series.putObject("emphasis").put("disabled", true);
        series.putObject("itemStyle")
                .put("areaColor", NO_DATA)
                .put("borderColor", "#57606a")
                .put("borderWidth", 0.5);
        ArrayNode data = series.putArray("data");
        for (Region r : regions) {
            ObjectNode item = data.addObject().put("name", r.code());
            if (!Double.isNaN(r.value())) {
                item.put("value", r.value());
            }
            item.putObject("tooltip")
                    .put(
                            "formatter",
                            String.join(
                                    "<br>",
                                    r.hover().stream()
                                            .map(s -> Page.escape(s)
                                                    .replace("{", "(")
                                                    .replace("}", ")"))
                                            .toList()));
        }
        return o;
    }

    /** The height in pixels that horizontal bars of so many categories and series read well at. */
    public static int height(int categories, int series) {
        return 90 + categories * Math.max(28, 14 * series + 10);
    }

    /** Horizontal bars, one row per category (the first on top), grouped or stacked. */
    public static ObjectNode bars(List<String> categories, List<Series> series, boolean stacked) {
        ObjectNode o = base();
        o.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        o.putObject("legend").put("top", 0);
        o.putObject("grid")
                .put("left", 10)
                .put("right", 30)
                .put("top", 40)
                .put("bottom", 10)
                .put("containLabel", true);
        o.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ObjectNode y = o.putObject("yAxis").put("type", "category").put("inverse", true);
        // a long name is cut short here; the table below the chart has it whole
        y.putObject("axisLabel").put("width", 240).put("overflow", "truncate");
        ArrayNode names = y.putArray("data");
        categories.forEach(names::add);
        ArrayNode list = o.putArray("series");
        for (Series s : series) {
            ObjectNode b = list.addObject().put("type", "bar").put("name", s.name());
            if (stacked) {
                b.put("stack", "all");
            } else {
                b.putObject("label").put("show", true).put("position", "right");
            }
            b.putObject("itemStyle").put("color", s.color());
            ArrayNode values = b.putArray("data");
            s.values().forEach(v -> values.add(v.doubleValue()));
        }
        return o;
    }

    /** Vertical columns, one per category, each in its own colour (a histogram when they touch). */
    public static ObjectNode columns(
            List<String> categories, String name, List<Long> values, List<String> colors, boolean touching) {
        ObjectNode o = base();
        o.putObject("tooltip").put("trigger", "axis").putObject("axisPointer").put("type", "shadow");
        o.putObject("grid")
                .put("left", 40)
                .put("right", 20)
                .put("top", 20)
                .put("bottom", 10)
                .put("containLabel", true);
        ObjectNode x = o.putObject("xAxis").put("type", "category");
        x.putObject("axisLabel").put("interval", 0).put("rotate", touching ? 30 : 0);
        ArrayNode names = x.putArray("data");
        categories.forEach(names::add);
        o.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ObjectNode b = o.putArray("series").addObject().put("type", "bar").put("name", name);
        if (touching) {
            b.put("barCategoryGap", "2%");
        }
        ArrayNode data = b.putArray("data");
        for (int i = 0; i < values.size(); i++) {
            data.addObject()
                    .put("value", values.get(i))
                    .putObject("itemStyle")
                    .put("color", colors.get(i % colors.size()));
        }
        return o;
    }

    private static ObjectNode base() {
        ObjectNode o = Json.WRITER.createObjectNode();
        o.put("animation", false);
        o.putObject("aria").put("enabled", true);
        o.putObject("textStyle").put("fontFamily", "system-ui, sans-serif");
        return o;
    }
}
