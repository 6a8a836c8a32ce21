package org.elige.report;

import java.util.List;
import java.util.stream.IntStream;
import org.elige.model.Messages;

/**
 * Mexico's 32 states for the reports' maps: their INEGI codes (cve_ent, 01 to 32), their names,
 * and their shapes (report/mexico-states.json: Natural Earth admin-1, public domain, simplified by
 * tools/geo/mexico-states.mjs; README, "Report maps").
 */
public final class Mexico {
    /** The INEGI codes of the 32 states, in order. */
    public static final List<String> STATES =
            IntStream.rangeClosed(1, 32).mapToObj(i -> String.format("%02d", i)).toList();

    private static String geometry;

    private Mexico() {}

    /** A state by its name ("Oaxaca" for 20), or as given when it has none ("?" for a record without one). */
    public static String name(String lang, String code) {
        String name = Messages.code(lang, "cve_ent", code);
        return name == null ? code : name;
    }

    /** A state's name for a table of states: its name, or that the records gave none. */
    public static String row(String lang, String code) {
        return Messages.code(lang, "cve_ent", code) == null && "?".equals(code)
                ? Messages.get(lang, "charts.no_state")
                : name(lang, code);
    }

    /** The states' shapes as GeoJSON, each feature's property cve_ent its INEGI code. */
    static synchronized String geometry() {
        if (geometry == null) {
            geometry = Echarts.read("report/mexico-states.json").strip();
        }
        return geometry;
    }
}
