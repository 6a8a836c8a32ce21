package org.elige.generate;

import org.elige.input.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Parcels, businesses and groups. */
final class Land {
    private static final String[] TENURES = {
        "EJIDAL_PARCELADA",
        "EJIDAL_PARCELADA",
        "COMUNAL",
        "PEQUENA_PROPIEDAD",
        "POSESION",
        "CONTRATO_ARRENDAMIENTO",
        "CONTRATO_APARCERIA",
        "CONTRATO_USUFRUCTO"
    };
    private static final String[] CROPS = {
        "MAIZ", "MAIZ", "MAIZ", "FRIJOL", "CAFE", "CANA", "SORGO", "CACAO", "NOPAL", "LIMON", "NARANJA", "PLATANO",
        "ARROZ", "SOYA", "OTHER"
    };
    private static final String[] EVENTS = {
        "DROUGHT", "FROST", "HAIL", "FLOOD", "RAIN", "WIND", "LOW_TEMPERATURE", "FAILED_EMERGENCE", "VOLCANIC"
    };

    private Land() {}

    static ArrayNode parcels(Dice r, ArrayNode members, boolean rural, String state) {
        ArrayNode list = Json.WRITER.createArrayNode();
        int n = rural ? (r.chance(0.6) ? r.between(1, 3) : 0) : (r.chance(0.05) ? 1 : 0);
        for (int i = 0; i < n; i++) {
            JsonNode holder = members.get(r.chance(0.8) ? 0 : r.between(0, members.size() - 1));
            ObjectNode p = list.addObject();
            p.put("parcel_id", "L" + (i + 1));
            p.put("holder_member_id", holder.path("member_id").asString());
            String tenure = r.pick(TENURES);
            p.put("tenure", tenure);
            p.put(
                    "document",
                    tenure.startsWith("CONTRATO")
                            ? "CONTRATO"
                            : r.pick("CERTIFICADO_PARCELARIO", "TITULO", "CONSTANCIA_POSESION", "NONE"));
            if (tenure.startsWith("CONTRATO")) {
                p.put("contract_years_remaining", r.pickInt(1, 3, 4, 5, 10));
            }
            p.put(
                    "area_ha",
                    r.chance(0.15) ? r.pickDouble(2.5, 2.49, 3.0, 4.0, 5.0, 5.1, 20.0, 20.5) : r.decimal(0.25, 25));
            p.put("water_regime", r.chance(0.85) ? "TEMPORAL" : "RIEGO");
            String use = r.pick("CULTIVATED", "CULTIVATED", "AVAILABLE_UNCULTIVATED", "FALLOW", "FOREST", "GRAZING");
            p.put("use", use);
            p.put("crop", "CULTIVATED".equals(use) ? r.pick(CROPS) : "OTHER");
            p.put("beehives", r.chance(0.05) ? r.pickInt(10, 35, 36, 100, 101) : 0);
            p.put("in_protected_area", r.chance(0.05));
            p.put("in_urban_zone", r.chance(0.03));
            p.put("distance_from_home_km", r.chance(0.1) ? r.pickDouble(20.0, 20.1) : r.decimal(0.1, 30));
            if (r.chance("30".equals(state) ? 0.3 : 0.05)) {
                ObjectNode d = p.putObject("damage");
                d.put("event", r.pick(EVENTS));
                d.put("damaged_ha", r.decimal(0.1, 12));
                d.put("cycle_year", r.pickInt(2021, 2022, 2022));
            } else {
                p.putNull("damage");
            }
        }
        return list;
    }

    static ArrayNode businesses(Dice r, ArrayNode members) {
        ArrayNode list = Json.WRITER.createArrayNode();
        if (r.chance(0.25)) {
            ObjectNode b = list.addObject();
            b.put("business_id", "B1");
            b.put(
                    "owner_member_id",
                    members.get(r.between(0, members.size() - 1))
                            .path("member_id")
                            .asString());
            b.put("sector", r.chance(0.8) ? "NON_AGRO" : "AGROPECUARIO");
            b.put("activity", r.pick("tortilleria", "tienda", "costura", "carpinteria", "comida"));
            b.put("months_operating", r.chance(0.2) ? r.pickInt(6, 7) : r.between(0, 120));
            b.put("formal", r.chance(0.2));
        }
        return list;
    }

    static ArrayNode groups(Dice r) {
        ArrayNode list = Json.WRITER.createArrayNode();
        if (r.chance(0.1)) {
            ObjectNode g = list.addObject();
            g.put("group_id", "G1");
            g.put("kind", r.pick("INFORMAL_GROUP", "INFORMAL_GROUP", "SOCIEDAD_COOPERATIVA", "EJIDO", "OTHER"));
            g.put("purpose", r.pick("CULTURAL", "PRODUCTIVE", "TOURISM", "OTHER"));
            int size = r.pickInt(3, 4, 5, 6, 10);
            ArrayNode dates = g.putArray("member_birth_dates");
            for (int i = 0; i < size; i++) {
                dates.add(r.bornAged(r.between(16, 70)).toString());
            }
            g.put("members_count", size);
            g.put("all_reside_in_community", r.chance(0.85));
            g.put("requested_amount_mxn", r.chance(0.2) ? r.pickInt(100000, 100001, 60000) : r.between(10000, 150000));
            g.put("duration_months", r.pickInt(6, 10, 12, 13));
            g.put("has_carta_aval", r.chance(0.8));
            g.put(
                    "cultural_area",
                    r.pick("PERFORMING_ARTS", "ARTS_AND_CRAFTS", "FOOD_HERITAGE", "RITUALS_FESTIVITIES", "OTHER"));
        }
        return list;
    }
}
