package org.elige.rules;

import java.util.List;
import org.elige.model.Text;

/**
 * What-if overrides ({@code --param KEY=VALUE}, {@code ?param=}) that cannot be applied, each
 * problem a sentence in Spanish and English; {@link #getMessage()} is the English one.
 */
public final class ParameterException extends IllegalArgumentException {
    private final transient Text text;

    ParameterException(List<Text> problems) {
        this(new Text(
                String.join("; ", problems.stream().map(Text::es).toList()),
                String.join("; ", problems.stream().map(Text::en).toList())));
    }

    private ParameterException(Text text) {
        super(text.en());
        this.text = text;
    }

    /** Every problem, in both languages. */
    public Text text() {
        return text;
    }
}
