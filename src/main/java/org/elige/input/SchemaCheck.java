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

/**
 * Validates a record against the published household JSON Schema (draft 2020-12). A record the
 * {@link SchemaFastPass} finds conforming has no error; any other goes through the validator, which
 * finds every error.
 */
public final class SchemaCheck {
    public static final String RESOURCE = "/schema/household.schema.json";
    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    private static final Schema SCHEMA = load();
    private static final JsonNode DOCUMENT = Json.READER.readTree(text());
    /** Every property name the schema defines, for "did you mean" on a misspelt field. */
    private static final java.util.Set<String> PROPERTIES = properties();
    /** Null if the schema uses a keyword the fast pass cannot decide: then every record meets the validator. */
    private static final SchemaFastPass FAST_PASS = fastPass();

    private SchemaCheck() {}

    /** Every schema violation, each with its JSON Pointer, the bad value and a sentence in es and en. */
    public static List<InputError> check(JsonNode record) {
        return conforms(record) ? new ArrayList<>() : validate(record);
    }

    /** True if the fast pass finds the record certainly conforming (false also means "not sure"). */
    static boolean conforms(JsonNode record) {
        return FAST_PASS != null && FAST_PASS.conforms(record);
    }

    /**
     * What {@link #check} answers, found by the validator alone, without the fast pass: the
     * reference the fast pass is tested against.
     */
    public static List<InputError> validate(JsonNode record) {
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
        for (JsonNode n : DOCUMENT.findValues("properties")) {
            n.propertyNames().forEach(names::add);
        }
        return names;
    }

    /** Whether the fast pass decides this schema, so that valid records skip the validator. */
    static boolean hasFastPass() {
        return FAST_PASS != null;
    }

    private static SchemaFastPass fastPass() {
        try {
            return SchemaFastPass.compile(DOCUMENT, CONFIG.getRegularExpressionFactory());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(CONFIG));
        return registry.getSchema(text(), InputFormat.JSON);
    }
}
