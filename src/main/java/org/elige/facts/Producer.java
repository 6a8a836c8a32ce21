package org.elige.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A member together with the parcels they hold: the unit of agricultural programs. */
public final class Producer implements Unit {
    private static final List<String> CONTRACTS = List.of("CONTRATO_APARCERIA", "CONTRATO_USUFRUCTO",
            "CONTRATO_ARRENDAMIENTO", "CONTRATO_CIVIL");
    private final Person person;
    private final List<Parcel> parcels;

    Producer(Person person, List<Parcel> parcels) {
        this.person = person;
        this.parcels = List.copyOf(parcels);
    }

    @Override
    public String kind() {
        return "PRODUCER";
    }

    @Override
    public String id() {
        return person.id();
    }

    @Override
    public String pointer() {
        return person.pointer();
    }

    @Override
    public Household household() {
        return person.household();
    }

    public Person person() {
        return person;
    }

    public List<Parcel> parcels() {
        return parcels;
    }

    /**
     * Hectares of available (uncultivated) land that qualify: own land of any tenure, or land held
     * by contract with at least {@code minContractYears} left. Unknown when a fact it needs is.
     */
    public Value qualifyingAvailableHa(BigDecimal minContractYears) {
        BigDecimal total = BigDecimal.ZERO;
        boolean unknown = minContractYears == null;
        List<Value> read = new ArrayList<>();
        for (Parcel p : parcels) {
            Value use = p.use();
            read.add(use);
            if (!use.known()) {
                unknown = true;
                continue;
            }
            if (!"AVAILABLE_UNCULTIVATED".equals(use.text())) {
                continue;
            }
            Boolean counts = counts(p, minContractYears, read);
            Value area = p.areaHa();
            read.add(area);
            if (counts == null || (counts && !area.known())) {
                unknown = true;
            } else if (counts) {
                total = total.add(area.number());
            }
        }
        return Value.derived("qualifying_available_ha", unknown ? null : total, read);
    }

    private static Boolean counts(Parcel p, BigDecimal minYears, List<Value> read) {
        Value tenure = p.tenure();
        read.add(tenure);
        if (!tenure.known()) {
            return null;
        }
        if (!CONTRACTS.contains(tenure.text())) {
            return Boolean.TRUE;
        }
        Value years = p.contractYearsRemaining();
        read.add(years);
        return years.known() && minYears != null ? years.number().compareTo(minYears) >= 0 : null;
    }

    /** Total area of parcels with this water regime and use (null use = any use). */
    public Value totalHa(String regime, String use) {
        BigDecimal total = BigDecimal.ZERO;
        boolean unknown = false;
        List<Value> read = new ArrayList<>();
        for (Parcel p : parcels) {
            Value r = p.waterRegime();
            Value u = p.use();
            Value a = p.areaHa();
            read.addAll(List.of(r, u, a));
            Boolean match = r.known() && (use == null || u.known()) ? regime.equals(r.text()) && (use == null || use.equals(u.text())) : null;
            if (match == null || (match && !a.known())) {
                unknown = true;
            } else if (match) {
                total = total.add(a.number());
            }
        }
        return Value.derived("ha_" + regime.toLowerCase(), unknown ? null : total, read);
    }

    /** Beehives on all parcels. */
    public Value totalBeehives() {
        BigDecimal total = BigDecimal.ZERO;
        List<Value> read = new ArrayList<>();
        for (Parcel p : parcels) {
            Value h = p.beehives();
            read.add(h);
            if (!h.known()) {
                return Value.derived("beehives", null, read);
            }
            total = total.add(h.number());
        }
        return Value.derived("beehives", total, read);
    }
}
