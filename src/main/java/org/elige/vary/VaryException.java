package org.elige.vary;

import org.elige.model.Messages;
import org.elige.model.Text;

/** An axis that cannot be varied: the pointer, the range or the step, named in a sentence in es and en. */
public final class VaryException extends Exception {
    private final transient Text text;

    VaryException(String key, Object... args) {
        this(Messages.text(key, args));
    }

    private VaryException(Text text) {
        super(text.en());
        this.text = text;
    }

    /** What is wrong, in Spanish and English. */
    public Text text() {
        return text;
    }
}
