package org.elige.model;

/** A sentence in Spanish and English: every message a user reads comes in both. */
public record Text(String es, String en) {

    public String in(String lang) {
        return "en".equals(lang) ? en : es;
    }

    /** This sentence followed by another, in each language. */
    public Text then(Text next) {
        return new Text(es + " " + next.es, en + " " + next.en);
    }
}
