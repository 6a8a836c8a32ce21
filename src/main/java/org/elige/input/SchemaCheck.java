package org.elige.input;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.elige.model.InputError;
import org.elige.model.Messages;
import org.elige.model.Text;
import org.elige.rules.Nearest;
import tools.jackson.databind.JsonNode;

/** Validates a record against the published household JSON Schema (draft 2020-12). */
public final class SchemaCheck {
    public static final String RESOURCE = "/schema/household.schema.json";
    private static final Schema SCHEMA = load();
    private static final int MAX_MESSAGE = 500;
    /** Every property name the schema defines, for "did you mean" on a misspelt field. */
    private static final java.util.Set<String> PROPERTIES = properties();

    private SchemaCheck() {}

    /** Every schema violation, each with its JSON Pointer, the bad value and a message in es and en. */
    public static List<InputError> check(JsonNode record) {
        List<Error> en = SCHEMA.validate(record, ctx -> ctx.executionConfig(c -> c.locale(Locale.ENGLISH)));
        if (en.isEmpty()) {
            return List.of();
        }
        List<Error> es =
                SCHEMA.validate(record, ctx -> ctx.executionConfig(c -> c.locale(Locale.forLanguageTag("es"))));
        List<InputError> errors = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            Error e = en.get(i);
            String path = pointer(e);
            String esText = i < es.size() ? strip(es.get(i).getMessage()) : strip(e.getMessage());
            JsonNode value = record.at(path);
            Text message = new Text(esText, strip(e.getMessage()));
            String near = "additionalProperties".equals(e.getKeyword()) && e.getProperty() != null
                    ? Nearest.of(e.getProperty(), PROPERTIES)
                    : null;
            if (near != null) {
                Text hint = Messages.text("input.did_you_mean", near);
                message = new Text(message.es() + " " + hint.es(), message.en() + " " + hint.en());
            }
            errors.add(new InputError(path, value.isMissingNode() ? null : value, message));
        }
        return errors;
    }

    /** The schema text, as published. */
    public static String text() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unknown and missing properties point at the property itself, not at its object. */
    private static String pointer(Error e) {
        String at = e.getInstanceLocation().toString();
        String kw = e.getKeyword();
        if (("additionalProperties".equals(kw) || "required".equals(kw)) && e.getProperty() != null) {
            return at + "/" + e.getProperty();
        }
        return at;
    }

    /** The message without its leading pointer, cut to {@value #MAX_MESSAGE} characters (it may name an unknown key of any length). */
    private static String strip(String message) {
        int colon = message.indexOf(": ");
        String m = message.startsWith("/") || message.startsWith(": ") ? message.substring(colon + 2) : message;
        return m.length() <= MAX_MESSAGE ? m : m.substring(0, MAX_MESSAGE) + "…";
    }

    private static java.util.Set<String> properties() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (JsonNode n : Json.READER.readTree(text()).findValues("properties")) {
            n.propertyNames().forEach(names::add);
        }
        return names;
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .pathType(PathType.JSON_POINTER)
                        .build()));
        return registry.getSchema(text(), InputFormat.JSON);
    }
}
