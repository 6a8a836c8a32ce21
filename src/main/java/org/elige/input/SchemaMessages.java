package org.elige.input;

import com.networknt.schema.Error;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.elige.model.Messages;
import org.elige.model.Shown;
import org.elige.model.Text;
import org.elige.rules.Nearest;
import tools.jackson.databind.JsonNode;

/**
 * A schema violation told as a catalogue sentence ({@code schema.<keyword>}) that names the field
 * by its label ({@code fact.<name>}) and, for a misspelt field or code, the nearest valid one: the
 * validator's own wording never reaches a person.
 */
final class SchemaMessages {
    /** The keywords told in words; any other reads {@code schema.other}. */
    static final Set<String> KEYWORDS = Set.of(
            "type",
            "enum",
            "required",
            "additionalProperties",
            "minimum",
            "maximum",
            "format",
            "pattern",
            "maxItems",
            "maxLength",
            "minLength",
            "multipleOf");

    private SchemaMessages() {}

    /**
     * @param path       the JSON Pointer of the value (for a missing or unknown field, of the field itself)
     * @param value      the bad value, or null when missing
     * @param properties every property name the schema defines
     */
    static Text of(Error e, String path, JsonNode value, Set<String> properties) {
        Text sentence = sentence(e, path, value);
        String near = "additionalProperties".equals(e.getKeyword()) ? Nearest.of(e.getProperty(), properties) : null;
        Text capital = new Text(capital(sentence.es()), capital(sentence.en()));
        return near == null ? capital : capital.then(Messages.text("input.did_you_mean", near));
    }

    /** The violation in words, by its keyword; the unknown field's nearest name is added by {@link #of}. */
    private static Text sentence(Error e, String path, JsonNode value) {
        Text field = label(path);
        JsonNode rule = e.getSchemaNode();
        String kw = e.getKeyword();
        return switch (KEYWORDS.contains(kw) ? kw : "other") {
            case "type" -> Messages.text("schema.type", field, expected(rule), JsonSyntax.kind(value));
            case "enum" -> {
                String code = nearestCode(value, rule);
                yield code == null
                        ? Messages.text("schema.enum", field, shown(value), codes(rule))
                        : Messages.text("schema.enum_near", field, shown(value), codes(rule), code);
            }
            case "required" -> Messages.text("schema.required", field);
            case "additionalProperties" -> Messages.text("schema.additionalProperties", Shown.text(e.getProperty()));
            case "minimum", "maximum" -> Messages.text("schema." + kw, field, shown(value), shown(rule));
            case "format" ->
                Messages.has("schema.format." + rule.asString())
                        ? Messages.text("schema.format." + rule.asString(), field, shown(value))
                        : Messages.text("schema.other", field, kw);
            case "pattern" -> Messages.text("schema.pattern", field, shown(value), form(path));
            case "maxItems" -> Messages.text("schema.maxItems", field, value.size(), rule.asInt());
            case "maxLength", "minLength" ->
                Messages.text(
                        "schema." + kw,
                        field,
                        value.asString().codePointCount(0, value.asString().length()),
                        rule.asInt());
            case "multipleOf" ->
                Messages.text(
                        "schema.multipleOf",
                        field,
                        shown(value),
                        rule.decimalValue().stripTrailingZeros().scale());
            default -> Messages.text("schema.other", field, kw);
        };
    }

    /** The field's label ({@code fact.<name>}), else its name in quotes; an item of a list is named by its list. */
    static Text label(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i > 0; i--) {
            String name = parts[i].replace("~1", "/").replace("~0", "~");
            if (!name.chars().allMatch(Character::isDigit)) {
                return Messages.has("fact." + name)
                        ? Messages.text("fact." + name)
                        : Messages.text("schema.field", Shown.text(name));
            }
        }
        return Messages.text("schema.record");
    }

    /** The types a value may have, null left out: "text", "a number or true or false". */
    private static Text expected(JsonNode rule) {
        List<Text> types = new ArrayList<>();
        if (rule.isArray()) {
            rule.forEach(t -> {
                if (!"null".equals(t.asString())) {
                    types.add(Messages.text("json.type." + t.asString()));
                }
            });
        } else {
            types.add(Messages.text("json.type." + rule.asString()));
        }
        Text or = Messages.text("list.or");
        return new Text(
                String.join(or.es(), types.stream().map(Text::es).toList()),
                String.join(or.en(), types.stream().map(Text::en).toList()));
    }

    /** The accepted codes, each with its label when the catalogue has one: "H (man), M (woman), X (non-binary)". */
    private static Text codes(JsonNode rule) {
        List<String> es = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (JsonNode c : rule) {
            if (c.isNull()) {
                continue;
            }
            String code = c.asString();
            boolean named = Messages.has("code." + code);
            es.add(named ? code + " (" + Messages.get("es", "code." + code) + ")" : code);
            en.add(named ? code + " (" + Messages.get("en", "code." + code) + ")" : code);
        }
        return new Text(String.join(", ", es), String.join(", ", en));
    }

    /**
     * The accepted code a misspelt one most likely meant: the same once spaces, case and accents are
     * set aside ({@code "unemployed "} → {@code UNEMPLOYED}), else the nearest by edits for a value of
     * three characters or more (a single wrong letter, {@code "F"}, is not guessed at).
     */
    static String nearestCode(JsonNode value, JsonNode rule) {
        if (value == null || !value.isString()) {
            return null;
        }
        String typed = normal(value.asString());
        List<String> codes = new ArrayList<>();
        for (JsonNode c : rule) {
            if (c.isString()) {
                codes.add(c.asString());
                if (normal(c.asString()).equals(typed)) {
                    return c.asString();
                }
            }
        }
        return typed.length() < 3 ? null : Nearest.of(typed, codes);
    }

    private static String normal(String s) {
        String plain = Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** What a patterned field should look like: {@code schema.form.<field>}, else {@code schema.form}. */
    private static Text form(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return Messages.has("schema.form." + name)
                ? Messages.text("schema.form." + name)
                : Messages.text("schema.form");
    }

    /** A bad value as shown inside a sentence: text as typed (cut), a number in plain digits. */
    private static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "";
        }
        if (value.isNumber()) {
            BigDecimal n = value.decimalValue();
            return Shown.number(n);
        }
        return Shown.text(value.isString() ? value.asString() : value.toString());
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
