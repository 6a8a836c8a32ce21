package org.elige.model;

/** A sentence in Spanish and English: every message a user reads comes in both. */
public record Text(String es, String en) {

    public String in(String lang) {
        return "en".equals(lang) ? en : es;
    }
}
