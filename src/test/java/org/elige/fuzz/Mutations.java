package org.elige.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Fuzzed records: fixtures with edits of one kind, or of every kind at once. */
final class Mutations {

    private Mutations() {}

    static Arbitrary<Fixtures.Fixture> fixture() {
        return Arbitraries.of(Fixtures.all());
    }

    private static Arbitrary<Integer> at() {
        return Arbitraries.integers().between(0, 999);
    }

    private static Arbitrary<Fuzzed> of(Arbitrary<Edit> edit, int maxEdits) {
        return Combinators.combine(fixture(), edit.list().ofMinSize(1).ofMaxSize(maxEdits))
                .as(Fuzzed::new);
    }

    private static Arbitrary<Edit> put(List<Fields.Field> fields, Arbitrary<Raw> values) {
        return Combinators.combine(Arbitraries.of(fields), values).as((f, v) -> new Edit.Put(f.pointer(), v));
    }

    private static Arbitrary<Edit> replace(Edit.Target target, Arbitrary<Raw> values) {
        return Combinators.combine(at(), values).as((at, v) -> new Edit.Replace(target, at, v));
    }

    /** Values of the wrong JSON type and nulls in any field, fields left out. */
    static Arbitrary<Fuzzed> wrongTypes() {
        return of(
                Arbitraries.frequencyOf(
                        Tuple.of(3, put(Fields.all(), Hostile.wrongTypes())),
                        Tuple.of(3, replace(Edit.Target.ANY, Hostile.wrongTypes())),
                        Tuple.of(1, at().map(Edit.Remove::new))),
                4);
    }

    /** Huge, tiny, overlong and overflowing numbers in the numeric fields (and elsewhere). */
    static Arbitrary<Fuzzed> numbers() {
        return of(
                Arbitraries.frequencyOf(
                        Tuple.of(4, put(Fields.numeric(), Hostile.numbers())),
                        Tuple.of(2, replace(Edit.Target.NUMBER, Hostile.numbers())),
                        Tuple.of(1, put(Fields.all(), Hostile.numbers()))),
                3);
    }

    /** Very long strings and any Unicode in text fields (ids, names, CURPs, dates, enums). */
    static Arbitrary<Fuzzed> strings() {
        return of(
                Arbitraries.frequencyOf(
                        Tuple.of(3, put(Fields.text(), Hostile.strings())),
                        Tuple.of(2, replace(Edit.Target.STRING, Hostile.strings()))),
                3);
    }

    /** A key given twice in one object, the second time with the same kind of value or a hostile one. */
    static Arbitrary<Fuzzed> duplicateKeys() {
        Arbitrary<Raw> value = Arbitraries.oneOf(
                Arbitraries.of("\"P1\"", "\"H-FX\"", "\"1990-01-01\"", "\"2025-10-01\"", "850", "null", "[]", "{}")
                        .map(Raw::of),
                Hostile.wrongTypes(),
                Hostile.numbers());
        return of(Combinators.combine(at(), at(), value).as(Edit.DuplicateKey::new), 3);
    }

    /** Values nested deeper than a record ever is, up to well beyond the parser's limit. */
    static Arbitrary<Fuzzed> deepNesting() {
        return of(
                Arbitraries.oneOf(replace(Edit.Target.ANY, Hostile.nesting()), put(Fields.all(), Hostile.nesting())),
                2);
    }

    /** References to members that do not exist; with long ids and many references (error messages that list ids). */
    static Arbitrary<Fuzzed> danglingReferences() {
        Arbitrary<Raw> ids = Arbitraries.oneOf(
                Arbitraries.of("\"NOBODY\"", "\"\"", "\"p1\"", "\"P1 \"", "\"P1\\u0000\"")
                        .map(Raw::of),
                Arbitraries.integers()
                        .between(1, Campaign.size(2_000))
                        .map(n -> Raw.of("\"X\"×" + n, "\"" + "X".repeat(n) + "\"")),
                Hostile.strings());
        Arbitrary<Edit> dangling = Combinators.combine(at(), ids).as(Edit.Dangling::new);
        Arbitrary<Edit> many = Combinators.combine(
                        Arbitraries.of("parcels", "businesses", "program_enrollments"),
                        Arbitraries.integers().between(1, Campaign.size(300)),
                        ids,
                        Arbitraries.of(false, true))
                .as((list, n, id, same) -> new Edit.Grow(list, n, id, same, true));
        Arbitrary<Edit> longMemberIds = Combinators.combine(
                        Arbitraries.integers().between(1, Campaign.size(20)),
                        Arbitraries.integers().between(1, Campaign.size(2_000)))
                .as((n, len) -> new Edit.Grow(
                        "members", n, Raw.of("\"M…\"×" + len, "\"" + "M".repeat(len) + "\""), false, false));
        return of(Arbitraries.frequencyOf(Tuple.of(3, dangling), Tuple.of(2, many), Tuple.of(1, longMemberIds)), 3);
    }

    /** Long lists: members, parcels, businesses, groups and enrollments by the hundred, ids unique or repeated. */
    static Arbitrary<Fuzzed> bigLists() {
        Arbitrary<Edit> grow = Combinators.combine(
                        Arbitraries.of("members", "parcels", "businesses", "groups", "program_enrollments"),
                        Arbitraries.integers().between(1, Campaign.size(100)),
                        Arbitraries.of("\"P\"", "\"P1\"", "\"FZ\"").map(Raw::of),
                        Arbitraries.of(false, true),
                        Arbitraries.of(false, true))
                .as(Edit.Grow::new);
        return of(grow, 2);
    }

    /** Every kind of edit at once. */
    static Arbitrary<Fuzzed> anything() {
        Arbitrary<Edit> any = Arbitraries.oneOf(
                put(Fields.all(), Hostile.any()),
                replace(Edit.Target.ANY, Hostile.any()),
                Combinators.combine(at(), at(), Hostile.any()).as(Edit.DuplicateKey::new),
                Combinators.combine(at(), Hostile.any()).as(Edit.Dangling::new),
                at().map(Edit.Remove::new));
        return of(any, 6);
    }

    /** Any of the kinds above, big lists less often (they are slow to decide). */
    static Arbitrary<Fuzzed> anyKind() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, wrongTypes()),
                Tuple.of(3, numbers()),
                Tuple.of(2, strings()),
                Tuple.of(2, duplicateKeys()),
                Tuple.of(1, deepNesting()),
                Tuple.of(2, danglingReferences()),
                Tuple.of(1, bigLists()),
                Tuple.of(4, anything()));
    }

    /** Any kind but the slow ones (big lists, many long references): for files of many records. */
    static Arbitrary<Fuzzed> quick() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, wrongTypes()),
                Tuple.of(3, numbers()),
                Tuple.of(2, strings()),
                Tuple.of(2, duplicateKeys()),
                Tuple.of(1, deepNesting()),
                Tuple.of(4, anything()));
    }
}
