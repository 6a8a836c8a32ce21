package org.elige.cli;

/**
 * A count and its noun in the right number, for the lines of the commands that speak only English
 * (check, generate, audit verify); messages in the reader's language take their noun by a {@code choice} format
 * in the catalogue.
 */
final class Counted {
    private Counted() {}

    /** "1 rule", "2 rules", "1,000 households". */
    static String of(long n, String one, String many) {
        return String.format("%,d %s", n, n == 1 ? one : many);
    }
}
