package org.elige.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Where the household lives: the unit of locality programs (infrastructure), with its catalogue indices. */
public final class Locality extends Node implements Unit {
    private static final Layout FIELDS = new Layout("/location");
    private static final int CVE_ENT = FIELDS.field("cve_ent");
    private static final int CVE_MUN = FIELDS.field("cve_mun");
    private static final int CVE_LOC = FIELDS.field("cve_loc");
    private static final int CVE_AGEB = FIELDS.field("cve_ageb");
    private static final int LOCALITY_POPULATION = FIELDS.field("locality_population");
    private static final int LOCALITY_MARGINALIZATION = FIELDS.field("locality_marginalization");
    private static final int MUNICIPALITY_MARGINALIZATION = FIELDS.field("municipality_marginalization");
    private static final int LOCALITY_SOCIAL_LAG = FIELDS.field("locality_social_lag");
    private static final int MUNICIPALITY_SOCIAL_LAG = FIELDS.field("municipality_social_lag");
    private static final int INPI_MUNICIPALITY_TYPE = FIELDS.field("inpi_municipality_type");
    private static final int LOCALITY_INDIGENOUS_HOUSEHOLD_PCT = FIELDS.field("locality_indigenous_household_pct");
    private static final int COMMUNITY_LEGALLY_RECOGNISED_INDIGENOUS =
            FIELDS.field("community_legally_recognised_indigenous");
    private static final int HIGH_VIOLENCE_MUNICIPALITY = FIELDS.field("high_violence_municipality");
    private static final int ANNUAL_PRECIPITATION_MM = FIELDS.field("annual_precipitation_mm");
    private static final int LOCALITY_HAS_ELECTRICITY = FIELDS.field("locality_has_electricity");
    private static final int DISTANCE_TO_GRID_KM = FIELDS.field("distance_to_grid_km");
    private static final int LOCALITY_HAS_PIPED_WATER_NETWORK = FIELDS.field("locality_has_piped_water_network");
    private static final int LOCALITY_HAS_PAVED_ROAD = FIELDS.field("locality_has_paved_road");
    private static final int LOCALITY_HAS_DRAINAGE = FIELDS.field("locality_has_drainage");
    private static final int IN_ZLFN = FIELDS.field("in_zlfn");
    private static final int CONAVI_PRIORITY_ZONE = FIELDS.field("conavi_priority_zone");
    private static final int CONAVI_MEJ_PARTICIPATING_MUNICIPALITY =
            FIELDS.field("conavi_mej_participating_municipality");
    private static final int ZAP_YEAR = FIELDS.field("zap/year");
    private static final int ZAP_RURAL_MUNICIPALITY = FIELDS.field("zap/rural_municipality");
    private static final int ZAP_URBAN_AGEB = FIELDS.field("zap/urban_ageb");

    private final Household household;

    Locality(Household household, JsonNode json) {
        super(json, "/location", FIELDS);
        this.household = household;
    }

    @Override
    public String kind() {
        return "LOCALITY";
    }

    @Override
    public String id() {
        return household.id();
    }

    @Override
    public Household household() {
        return household;
    }

    /** Rural: population below {@code threshold} (the rules pass the parameter in force). */
    public Value rural(java.math.BigDecimal threshold) {
        Value population = localityPopulation();
        Boolean rural =
                population.known() && threshold != null ? population.number().compareTo(threshold) < 0 : null;
        return Value.derived("rural", rural, population);
    }

    public Value cveEnt() {
        return fact(CVE_ENT);
    }

    public Value cveMun() {
        return fact(CVE_MUN);
    }

    public Value cveLoc() {
        return fact(CVE_LOC);
    }

    public Value cveAgeb() {
        return fact(CVE_AGEB);
    }

    public Value localityPopulation() {
        return fact(LOCALITY_POPULATION);
    }

    public Value localityMarginalization() {
        return fact(LOCALITY_MARGINALIZATION);
    }

    public Value municipalityMarginalization() {
        return fact(MUNICIPALITY_MARGINALIZATION);
    }

    public Value localitySocialLag() {
        return fact(LOCALITY_SOCIAL_LAG);
    }

    public Value municipalitySocialLag() {
        return fact(MUNICIPALITY_SOCIAL_LAG);
    }

    public Value inpiMunicipalityType() {
        return fact(INPI_MUNICIPALITY_TYPE);
    }

    public Value localityIndigenousHouseholdPct() {
        return fact(LOCALITY_INDIGENOUS_HOUSEHOLD_PCT);
    }

    public Value communityLegallyRecognisedIndigenous() {
        return fact(COMMUNITY_LEGALLY_RECOGNISED_INDIGENOUS);
    }

    public Value highViolenceMunicipality() {
        return fact(HIGH_VIOLENCE_MUNICIPALITY);
    }

    public Value annualPrecipitationMm() {
        return fact(ANNUAL_PRECIPITATION_MM);
    }

    public Value localityHasElectricity() {
        return fact(LOCALITY_HAS_ELECTRICITY);
    }

    public Value distanceToGridKm() {
        return fact(DISTANCE_TO_GRID_KM);
    }

    public Value localityHasPipedWaterNetwork() {
        return fact(LOCALITY_HAS_PIPED_WATER_NETWORK);
    }

    public Value localityHasPavedRoad() {
        return fact(LOCALITY_HAS_PAVED_ROAD);
    }

    public Value localityHasDrainage() {
        return fact(LOCALITY_HAS_DRAINAGE);
    }

    /** Whether the locality has each basic service, by code: paved ROAD, ELECTRICITY, DRINKING_WATER network, DRAINAGE. */
    public Map<String, Value> services() {
        Map<String, Value> services = new LinkedHashMap<>();
        services.put("ROAD", localityHasPavedRoad());
        services.put("ELECTRICITY", localityHasElectricity());
        services.put("DRINKING_WATER", localityHasPipedWaterNetwork());
        services.put("DRAINAGE", localityHasDrainage());
        return services;
    }

    /** The basic services the locality is known to lack, as codes (ROAD, ...) in the order of {@link #services()}. */
    public List<String> servicesLacking() {
        return services().entrySet().stream()
                .filter(e -> Boolean.FALSE.equals(e.getValue().bool()))
                .map(Map.Entry::getKey)
                .toList();
    }

    public Value inZlfn() {
        return fact(IN_ZLFN);
    }

    public Value conaviPriorityZone() {
        return fact(CONAVI_PRIORITY_ZONE);
    }

    public Value conaviMejParticipatingMunicipality() {
        return fact(CONAVI_MEJ_PARTICIPATING_MUNICIPALITY);
    }

    public Value zapYear() {
        return fact(ZAP_YEAR);
    }

    public Value zapRuralMunicipality() {
        return fact(ZAP_RURAL_MUNICIPALITY);
    }

    public Value zapUrbanAgeb() {
        return fact(ZAP_URBAN_AGEB);
    }
}
