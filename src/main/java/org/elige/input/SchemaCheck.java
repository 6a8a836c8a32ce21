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
import org.elige.model.InputError;
import tools.jackson.databind.JsonNode;

/** Validates a record against the published household JSON Schema (draft 2020-12). */
public final class SchemaCheck {
    public static final String RESOURCE = "/schema/household.schema.json";
    private static final Schema SCHEMA = load();
    /** Every property name the schema defines, for "did you mean" on a misspelt field. */
    private static final java.util.Set<String> PROPERTIES = properties();

    private SchemaCheck() {}

    /** Every schema violation, each with its JSON Pointer, the bad value and a sentence in es and en. */
    public static List<InputError> check(JsonNode record) {
        List<InputError> errors = new ArrayList<>();
        for (Error e : SCHEMA.validate(record)) {
            String path = pointer(e);
            JsonNode value = record.at(path);
            errors.add(new InputError(
                    path,
                    value.isMissingNode() ? null : value,
                    SchemaMessages.of(e, path, value.isMissingNode() ? null : value, PROPERTIES)));
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
