package org.elige.input;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.model.Shown;
import org.elige.model.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * The JSON parser's refusals as catalogue sentences, with line and column: the parser's own
 * English never reaches a person. Each kind of refusal is recognised by the parser's message and
 * told as {@code input.json.<kind>}; one not recognised is {@code input.json.other}.
 */
public final class JsonSyntax {
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'(?=: |$)");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.+?)'");
    private static final Pattern NUMBER_LENGTH =
            Pattern.compile("^Number value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)");

    /** Parser message → kind, tried in order; the first whose text the message contains wins. */
    private static final List<String[]> KINDS = List.of(
            new String[] {"Unexpected end-of-input", "end"},
            new String[] {"was expecting double-quote to start property name", "expected_name"},
            new String[] {"was expecting a colon", "expected_colon"},
            new String[] {"was expecting comma", "expected_comma"},
            new String[] {"in numeric value", "number"},
            new String[] {"Invalid numeric value", "number"},
            new String[] {"Illegal unquoted character", "control_char"},
            new String[] {"Trailing token", "trailing"},
            new String[] {"Invalid UTF-8", "encoding"},
            new String[] {"Invalid UTF-32", "encoding"});

    private JsonSyntax() {}

    /**
     * Why the parser refused the input, and where: a key given twice at its JSON Pointer, else
     * "Not valid JSON at line 3, column 8: …" for the whole input.
     */
    public static InputError error(JacksonException e) {
        String message =
                String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        if (message.startsWith("Duplicate Object property") && e.processor() instanceof JsonParser p) {
            return new InputError(
                    p.streamReadContext().pathAsPointer().toString(),
                    null,
                    Messages.text(
                            "input.duplicate_key",
                            Shown.text(p.streamReadContext().currentName())));
        }
        if (message.contains("nesting depth")) {
            return new InputError("", null, Messages.text("input.too_deep", Json.MAX_DEPTH));
        }
        TokenStreamLocation at = e.getLocation();
        return new InputError(
                "",
                null,
                Messages.text(
                        "input.not_json",
                        at == null ? 0 : at.getLineNr(),
                        at == null ? 0 : at.getColumnNr(),
                        what(message)));
    }

    /** What is wrong, without where. */
    static Text what(String message) {
        Matcher m = NUMBER_LENGTH.matcher(message);
        if (m.find()) {
            return Messages.text("input.json.number_too_long", Integer.parseInt(m.group(1)));
        }
        for (String[] kind : KINDS) {
            if (message.contains(kind[0])) {
                return Messages.text("input.json." + kind[1]);
            }
        }
        if ((m = TOKEN.matcher(message)).find()) {
            return Messages.text("input.json.bad_token", Shown.text(m.group(1)));
        }
        if ((m = CLOSE.matcher(message)).find()) {
            return Messages.text("input.json.close_marker", m.group(1));
        }
        if ((m = ESCAPE.matcher(message)).find()) {
            return Messages.text("input.json.escape", Shown.text(m.group(1)));
        }
        if ((m = CHARACTER.matcher(message)).find()) {
            return Messages.text("input.json.unexpected_char", m.group(1));
        }
        return Messages.text("input.json.other");
    }

    /** A JSON value's kind as a person says it: "a list", "text", "a number" ({@code json.type.*}). */
    public static Text kind(JsonNode node) {
        return Messages.text("json.type." + name(node));
    }

    /** The JSON Schema type name of a value: array, boolean, integer, null, number, object or string. */
    static String name(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "null";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "array";
            case BOOLEAN -> "boolean";
            case NUMBER -> "number";
            case OBJECT -> "object";
            default -> "string";
        };
    }
}
