package org.elige.audit;

import org.elige.model.Text;

/**
 * A key file cannot be used (missing, not the kind of key expected, open to others): why in both
 * languages, naming the file and what was found there, never the key itself.
 */
public final class KeyException extends RuntimeException {
    private final transient Text reason;

    public KeyException(Text reason) {
        super(reason.en());
        this.reason = reason;
    }

    /** Why, in both languages. */
    public Text reason() {
        return reason;
    }
}
