package org.elige.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A fixture record with edits applied, as the bytes a client would send. */
record Fuzzed(Fixtures.Fixture fixture, List<Edit> edits) {

    byte[] bytes() {
        Draft d = new Draft(fixture.record());
        edits.forEach(e -> e.apply(d));
        return d.render();
    }

    /** The fixture, the edits and the start of the record (long runs of one character shortened). */
    @Override
    public String toString() {
        byte[] b = bytes();
        String text = new String(b, StandardCharsets.UTF_8).replaceAll("(.)\\1{19,}", "$1$1$1…");
        return fixture.name() + " " + edits + " (" + b.length + " bytes): "
                + (text.length() > 1500 ? text.substring(0, 1500) + "…" : text);
    }
}
