package org.elige.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Where the household lives: the unit of locality programs (infrastructure), with its catalogue indices. */
public final class Locality extends Node implements Unit {
    private final Household household;

    Locality(Household household, JsonNode json) {
        super(json, "/location");
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
        return read("cve_ent");
    }

    public Value cveMun() {
        return read("cve_mun");
    }

    public Value cveLoc() {
        return read("cve_loc");
    }

    public Value cveAgeb() {
        return read("cve_ageb");
    }

    public Value localityPopulation() {
        return read("locality_population");
    }

    public Value localityMarginalization() {
        return read("locality_marginalization");
    }

    public Value municipalityMarginalization() {
        return read("municipality_marginalization");
    }

    public Value localitySocialLag() {
        return read("locality_social_lag");
    }

    public Value municipalitySocialLag() {
        return read("municipality_social_lag");
    }

    public Value inpiMunicipalityType() {
        return read("inpi_municipality_type");
    }

    public Value localityIndigenousHouseholdPct() {
        return read("locality_indigenous_household_pct");
    }

    public Value communityLegallyRecognisedIndigenous() {
        return read("community_legally_recognised_indigenous");
    }

    public Value highViolenceMunicipality() {
        return read("high_violence_municipality");
    }

    public Value annualPrecipitationMm() {
        return read("annual_precipitation_mm");
    }

    public Value localityHasElectricity() {
        return read("locality_has_electricity");
    }

    public Value distanceToGridKm() {
        return read("distance_to_grid_km");
    }

    public Value localityHasPipedWaterNetwork() {
        return read("locality_has_piped_water_network");
    }

    public Value localityHasPavedRoad() {
        return read("locality_has_paved_road");
    }

    public Value localityHasDrainage() {
        return read("locality_has_drainage");
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
        return read("in_zlfn");
    }

    public Value conaviPriorityZone() {
        return read("conavi_priority_zone");
    }

    public Value conaviMejParticipatingMunicipality() {
        return read("conavi_mej_participating_municipality");
    }

    public Value zapYear() {
        return read("zap", "year");
    }

    public Value zapRuralMunicipality() {
        return read("zap", "rural_municipality");
    }

    public Value zapUrbanAgeb() {
        return read("zap", "urban_ageb");
    }
}
