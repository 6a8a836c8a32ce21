package org.elige.fuzz;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Hostile values, as raw JSON text: wrong types, absurd numbers, long and strange strings, deep nesting. */
final class Hostile {

    private Hostile() {}

    /** Any of the kinds below. */
    static Arbitrary<Raw> any() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, wrongTypes()),
                net.jqwik.api.Tuple.of(3, numbers()),
                net.jqwik.api.Tuple.of(2, strings()),
                net.jqwik.api.Tuple.of(1, nesting()),
                net.jqwik.api.Tuple.of(1, malformed()));
    }

    /** Values of another JSON type than a field expects, nulls, and strings that look like numbers, booleans or dates. */
    static Arbitrary<Raw> wrongTypes() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                                "null",
                                "true",
                                "false",
                                "0",
                                "1",
                                "-1",
                                "0.5",
                                "\"\"",
                                "\" \"",
                                "\"850\"",
                                "\"3\"",
                                "\"-1\"",
                                "\"1e999999999\"",
                                "\"true\"",
                                "\"null\"",
                                "\"NaN\"",
                                "[]",
                                "{}",
                                "[null]",
                                "[1,2,3]",
                                "[\"P1\"]",
                                "{\"a\":1}",
                                "{\"member_id\":\"P1\"}",
                                "\"2025-10-01\"",
                                "\"0000-01-01\"",
                                "\"+999999999-12-31\"",
                                "\"-999999999-01-01\"",
                                "\"2025-02-30\"",
                                "\"1900-01-01\"",
                                "\"9999-12-31\"",
                                "\"2025-10-01T00:00:00Z\"",
                                "\"H\"",
                                "\"M\"",
                                "\"X\"",
                                "\"MX_BIRTH\"",
                                "\"COMPLETED\"",
                                "\"OWNED\"",
                                "\"P1\"",
                                "\"JCF\"",
                                "\"01\"",
                                "\"20\"")
                        .map(Raw::of),
                Arbitraries.integers().map(i -> Raw.of(Integer.toString(i))),
                Arbitraries.strings().numeric().ofMaxLength(12).map(s -> Raw.of("\"" + s + "\"")));
    }

    /** Numbers at and beyond every limit: huge and tiny exponents, many digits, overflowing integers, negative zero. */
    static Arbitrary<Raw> numbers() {
        Arbitrary<Raw> fixed = Arbitraries.of(
                        "1e999999999",
                        "-1e999999999",
                        "1e-999999999",
                        "-1e-999999999",
                        "1E+999999999",
                        "9e999999999",
                        "1e10000000",
                        "1e-10000000",
                        "1e400",
                        "1e-400",
                        "1e308",
                        "1.7976931348623157e309",
                        "4.9e-325",
                        "1e19",
                        "1e15",
                        "999999999999999.99",
                        "2147483647",
                        "2147483648",
                        "-2147483649",
                        "4294967296",
                        "9223372036854775807",
                        "9223372036854775808",
                        "-9223372036854775809",
                        "18446744073709551616",
                        "-0",
                        "-0.0",
                        "0.0",
                        "0e0",
                        "0e999999999",
                        "0.000000001",
                        "0.001",
                        "49.995",
                        "100.123456789012345678901234567890",
                        "1.0000000000000000000000000000001",
                        "12e-1",
                        "2500",
                        "2499.999999999999999999")
                .map(Raw::of);
        Arbitrary<Raw> exponents = Combinators.combine(
                        Arbitraries.of("1", "-1", "9.99", "0.1", "123456789", "-0.5"),
                        Arbitraries.of("e", "E", "e+", "E-", "e-"),
                        Arbitraries.oneOf(
                                Arbitraries.integers().between(0, 999_999_999),
                                Arbitraries.integers().between(0, 2000),
                                Arbitraries.of(309, 310, 324, 325, 1000, 10_000, 100_000)))
                .as((m, e, x) -> Raw.of(m + e + x));
        Arbitrary<Raw> digits = Combinators.combine(
                        Arbitraries.integers().between(1, 1100),
                        Arbitraries.of("", "-", "0.", "-0."),
                        Arbitraries.of('9', '1', '0'))
                .as((n, sign, d) -> {
                    String s = sign + Character.toString(d).repeat(n);
                    return new Raw(sign + d + "×" + n, s.getBytes(StandardCharsets.US_ASCII));
                });
        Arbitrary<Raw> integers = Arbitraries.bigIntegers()
                .between(BigInteger.TWO.pow(200).negate(), BigInteger.TWO.pow(200))
                .map(i -> Raw.of(i.toString()));
        Arbitrary<Raw> decimals =
                Arbitraries.doubles().map(d -> Raw.of(Double.isFinite(d) ? Double.toString(d) : "1e999"));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, fixed),
                net.jqwik.api.Tuple.of(3, exponents),
                net.jqwik.api.Tuple.of(1, digits),
                net.jqwik.api.Tuple.of(1, integers),
                net.jqwik.api.Tuple.of(1, decimals));
    }

    /** Very long strings, any Unicode (escaped or not, lone surrogates, controls, direction marks), bytes that are not UTF-8. */
    static Arbitrary<Raw> strings() {
        int max = Campaign.size(100_000);
        Arbitrary<Raw> longAscii = Combinators.combine(
                        Arbitraries.integers().between(1, max), Arbitraries.of("A", "9", "P1", "á", "\u202e", "😀"))
                .as((n, unit) -> {
                    String s = unit.repeat(Math.max(1, n / unit.length()));
                    return new Raw(
                            "\"" + unit + "\"×" + (n / unit.length()),
                            Raw.quote(s, false).getBytes(StandardCharsets.UTF_8));
                });
        Arbitrary<Raw> unicode = Combinators.combine(
                        Arbitraries.strings().all().ofMaxLength(200), Arbitraries.of(false, true))
                .as((s, escape) -> Raw.string(Raw.quote(s, true), s, escape));
        Arbitrary<Raw> special = Arbitraries.of(
                        "\u0000",
                        "\ud800",
                        "\udfff",
                        "\ufeff",
                        "\u202e\u202dP1",
                        "\u200b",
                        "P1\u0000",
                        "e\u0301\u0301\u0301\u0301",
                        "\u2028\u2029",
                        "\uffff",
                        "𝕏",
                        "\r\n",
                        "\t",
                        "\\",
                        "\"",
                        "</script>",
                        "'; DROP TABLE decisions; --",
                        "${jndi:ldap://x}",
                        "%s%n%s",
                        "{0}{1}")
                .flatMap(s -> Arbitraries.of(false, true).map(escape -> Raw.string(Raw.quote(s, true), s, escape)));
        Arbitrary<Raw> notUtf8 = Arbitraries.of(
                        new byte[] {'"', (byte) 0xff, '"'}, new byte[] {'"', (byte) 0xc0, (byte) 0xaf, '"'},
                        new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'},
                                new byte[] {'"', 'P', (byte) 0xe2, (byte) 0x82, '"'},
                        new byte[] {'"', (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'},
                                new byte[] {'"', 0, '"'})
                .map(b -> new Raw("bytes " + java.util.HexFormat.of().formatHex(b), b));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, longAscii),
                net.jqwik.api.Tuple.of(3, unicode),
                net.jqwik.api.Tuple.of(2, special),
                net.jqwik.api.Tuple.of(1, notUtf8));
    }

    /** Arrays and objects nested 1 to 200 deep (a record may be at most 64 deep). */
    static Arbitrary<Raw> nesting() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 200),
                        Arbitraries.of("[", "{\"a\":", "[{\"b\":"),
                        Arbitraries.of("null", "1", "\"x\"", "[]", "{}"))
                .as((depth, open, leaf) -> {
                    String close = switch (open) {
                        case "[" -> "]";
                        case "{\"a\":" -> "}";
                        default -> "}]";
                    };
                    return Raw.of(
                            open + "…" + leaf + "…" + close + " ×" + depth,
                            open.repeat(depth) + leaf + close.repeat(depth));
                });
    }

    /** Text that is not JSON where a value should be. */
    static Arbitrary<Raw> malformed() {
        return Arbitraries.of(
                        "NaN",
                        "Infinity",
                        "-Infinity",
                        "01",
                        "1.",
                        ".5",
                        "+1",
                        "0x10",
                        "1e",
                        "--1",
                        "tru",
                        "nul",
                        "\"unterminated",
                        "'single'",
                        "[1,]",
                        "{\"a\"}",
                        "{\"a\":1,}",
                        "]",
                        "}",
                        "",
                        "//",
                        "/* */ 1",
                        "\"\\x\"",
                        "\"\\u12\"")
                .map(s -> Raw.of("raw " + s, s));
    }
}
