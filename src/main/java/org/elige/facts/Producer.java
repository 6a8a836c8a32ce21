package org.elige.facts;

import java.util.List;

/** A member together with the parcels they hold: the unit of agricultural programs. */
public final class Producer implements Unit {
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
}
