package org.elige.generate;

import org.elige.input.Json;
import tools.jackson.databind.node.ObjectNode;

/** Locations and dwellings. */
final class Places {
    private static final String[] LEVELS = {"MUY_ALTO", "ALTO", "MEDIO", "BAJO", "MUY_BAJO"};

    private Places() {}

    static ObjectNode location(Dice r, String state, boolean rural) {
        ObjectNode l = Json.WRITER.createObjectNode();
        l.put("cve_ent", state);
        l.put("cve_mun", String.format("%03d", r.between(1, 570)));
        l.put("cve_loc", String.format("%04d", r.between(1, 9999)));
        if (!rural && r.chance(0.5)) {
            l.put("cve_ageb", String.format("%03d%s", r.between(0, 999), r.pick("0", "1", "2", "A", "B")));
        }
        int population = r.chance(0.1)
                ? r.pickInt(2499, 2500, 2501, 50, 49, 15000, 15001)
                : rural ? r.between(30, 2499) : r.between(2500, 600_000);
        l.put("locality_population", population);
        String marg = rural ? r.pick("MUY_ALTO", "ALTO", "ALTO", "MEDIO", "BAJO") : r.pick(LEVELS);
        l.put("locality_marginalization", marg);
        l.put("municipality_marginalization", r.chance(0.7) ? marg : r.pick(LEVELS));
        l.put("locality_social_lag", r.chance(0.7) ? marg : r.pick(LEVELS));
        l.put("municipality_social_lag", r.pick(LEVELS));
        ObjectNode zap = l.putObject("zap");
        zap.put("year", 2025);
        zap.put("rural_municipality", rural && r.chance(0.4));
        zap.put("urban_ageb", !rural && r.chance(0.2));
        String inpi = r.pick("A", "A", "B", "C", "NONE", "NONE");
        l.put("inpi_municipality_type", inpi);
        l.put(
                "locality_indigenous_household_pct",
                "A".equals(inpi) ? r.decimal(40, 100) : r.chance(0.1) ? 40.0 : r.decimal(0, 45));
        l.put("community_legally_recognised_indigenous", "A".equals(inpi) && r.chance(0.5));
        l.put("high_violence_municipality", r.chance(0.15));
        l.put("annual_precipitation_mm", r.chance(0.1) ? r.pickInt(1499, 1500) : r.between(300, 3500));
        boolean power = !rural || r.chance(0.85);
        l.put("locality_has_electricity", power);
        l.put("distance_to_grid_km", power ? 0.0 : r.chance(0.2) ? r.pickDouble(4.99, 5.0) : r.decimal(0.2, 30));
        l.put("locality_has_piped_water_network", !rural || r.chance(0.6));
        l.put("locality_has_paved_road", !rural || r.chance(0.4));
        l.put("locality_has_drainage", !rural || r.chance(0.3));
        l.put(
                "in_zlfn",
                "02".equals(state) || "26".equals(state) && r.chance(0.5) || "08".equals(state) && r.chance(0.5));
        l.put("conavi_priority_zone", r.chance(0.3));
        l.put("conavi_mej_participating_municipality", r.chance(0.3));
        return l;
    }

    static ObjectNode dwelling(Dice r, boolean rural) {
        ObjectNode d = Json.WRITER.createObjectNode();
        String tenure = r.pick("OWNED", "OWNED", "OWNED", "RENTED", "BORROWED", "OTHER");
        d.put("tenure", tenure);
        d.put(
                "ownership_document",
                "OWNED".equals(tenure)
                        ? r.pick("TITULO", "CERTIFICADO_PARCELARIO", "CONSTANCIA_POSESION", "NONE")
                        : "NONE");
        d.put("floor", rural && r.chance(0.25) ? "EARTH" : r.pick("CEMENT", "CEMENT", "TILE_WOOD_OTHER"));
        d.put("roof", r.pick("CONCRETE", "CONCRETE", "METAL_ASBESTOS", "TILE", rural ? "CARDBOARD_WASTE" : "OTHER"));
        d.put(
                "walls",
                rural
                        ? r.pick("BLOCK_BRICK_STONE", "ADOBE_WOOD", "MUD_WATTLE", "REED_BAMBOO_PALM")
                        : r.pick("BLOCK_BRICK_STONE", "BLOCK_BRICK_STONE", "WASTE"));
        d.put("rooms_total", r.between(1, 5));
        d.put(
                "water_source",
                rural
                        ? r.pick("PIPED_IN_LOT", "PUBLIC_TAP", "WELL", "RIVER_LAKE", "TRUCK", "RAINWATER")
                        : r.pick("PIPED_IN_DWELLING", "PIPED_IN_LOT", "TRUCK"));
        d.put("electricity", r.chance(0.9) ? "GRID" : r.pick("SOLAR", "NONE"));
        d.put(
                "drainage",
                rural
                        ? r.pick("SEPTIC_TANK", "NONE", "TO_RIVER_RAVINE", "PUBLIC_NETWORK")
                        : r.pick("PUBLIC_NETWORK", "SEPTIC_TANK"));
        d.put(
                "cooking_fuel",
                rural
                        ? r.pick("GAS", "WOOD_WITH_CHIMNEY", "WOOD_NO_CHIMNEY", "CHARCOAL_NO_CHIMNEY")
                        : r.pick("GAS", "ELECTRIC"));
        d.put("household_owns_other_dwelling", r.chance(0.05));
        return d;
    }
}
