package org.elige.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.elige.facts.Node;
import org.elige.model.InputError;
import org.elige.model.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads one household record: bounded JSON parsing, then the schema and the record checks, all
 * problems at once. Only a record that is not a JSON object at all is refused outright.
 */
public final class HouseholdReader {

    private HouseholdReader() {
    }

    /**
     * @param programs what enrollments may name ({@link org.elige.rules.RuleSet#enrollable()})
     * @param asOf     the caller's evaluation date, or null to take the record's {@code evaluation_date}
     */
    public static Input read(byte[] bytes, Set<String> programs, LocalDate asOf) throws InputException {
        JsonNode root = parse(bytes);
        List<InputError> errors = new ArrayList<>(SchemaCheck.check(root));
        LocalDate date = asOf != null ? asOf : Node.date(root.path("evaluation_date"));
        if (date == null) {
            errors.removeIf(e -> e.path().equals("/evaluation_date"));
            errors.add(0, new InputError("/evaluation_date", root.get("evaluation_date"), Messages.text("input.no_date")));
            throw new InputException(errors);
        }
        List<InputError> warnings = new ArrayList<>();
        Set<String> invalidUnits = new LinkedHashSet<>();
        RecordCheck.check(root, date, programs, errors, warnings, invalidUnits);
        return new Input(root, date, errors, warnings, invalidUnits, sha256(root));
    }

    /**
     * Loads the JSON and schema machinery on a background thread: a cold command that loads its
     * rules meanwhile reads its first record a few hundred milliseconds sooner.
     */
    public static void prepare() {
        Thread t = new Thread(() -> SchemaCheck.check(Json.READER.createObjectNode()), "elige-prepare-input");
        t.setDaemon(true);
        t.start();
    }

    static JsonNode parse(byte[] bytes) throws InputException {
        if (bytes.length > Json.MAX_BYTES) {
            throw fatal("input.too_large", bytes.length, Json.MAX_BYTES);
        }
        JsonNode root;
        try {
            root = Json.READER.readTree(bytes);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String why = e.getOriginalMessage().lines().findFirst().orElse("");
            if (why.contains("nesting depth")) {
                throw fatal("input.too_deep", Json.MAX_DEPTH);
            }
            throw fatal("input.not_json", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), why);
        }
        if (root == null || root.isMissingNode()) {
            throw fatal("input.empty");
        }
        if (!root.isObject()) {
            throw fatal("input.not_object", root.getNodeType().toString().toLowerCase());
        }
        return root;
    }

    private static InputException fatal(String key, Object... args) {
        return new InputException(List.of(new InputError("", null, Messages.text(key, args))));
    }

    /**
     * The record in canonical form: sorted keys, no insignificant spaces, numbers as written. Reading
     * it back gives the same canonical form, so its hash is the record's identity.
     */
    public static String canonical(JsonNode root) {
        return Json.CANONICAL.writeValueAsString(root);
    }

    /** SHA-256 of the record in canonical form: sorted keys, no insignificant spaces. */
    public static String sha256(JsonNode root) {
        try {
            byte[] canonical = canonical(root).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
