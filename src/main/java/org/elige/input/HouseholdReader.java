package org.elige.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.elige.facts.Fields;
import org.elige.facts.Node;
import org.elige.model.InputError;
import org.elige.model.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads one household record: bounded JSON parsing, then the schema and the record checks, all
 * problems at once (at most {@value Limits#MAX_PROBLEMS} listed, the rest counted). Only a record
 * that is not a JSON object at all, gives a key twice, lists more members, parcels, businesses,
 * groups or enrollments than {@link Limits#LISTS} allows, or has no plausible evaluation date is
 * refused outright.
 */
public final class HouseholdReader {

    private HouseholdReader() {}

    /**
     * @param programs what enrollments may name ({@link org.elige.rules.RuleSet#enrollable()})
     * @param asOf     the caller's evaluation date, or null to take the record's {@code evaluation_date}
     */
    public static Input read(byte[] bytes, Set<String> programs, LocalDate asOf) throws InputException {
        JsonNode root = parse(bytes);
        List<InputError> tooMany = Limits.tooMany(root);
        if (!tooMany.isEmpty()) {
            throw new InputException(tooMany);
        }
        // Numbers of absurd size are reported here, and the schema checks a copy without them: its
        // validator would expand them (1e999999999) or overflow on them (1e19 as an integer).
        List<InputError> errors = new ArrayList<>(Limits.absurdNumbers(root));
        Set<String> absurd = new HashSet<>();
        errors.forEach(e -> absurd.add(e.path()));
        for (InputError e : SchemaCheck.check(absurd.isEmpty() ? root : Limits.withoutAbsurdNumbers(root))) {
            if (!absurd.contains(e.path())) {
                errors.add(e);
            }
        }
        LocalDate date = asOf != null ? asOf : Node.date(root.path("evaluation_date"));
        if (date == null || !Fields.plausible(date)) {
            errors.removeIf(e -> e.path().equals("/evaluation_date"));
            errors.add(
                    0,
                    new InputError(
                            "/evaluation_date",
                            root.get("evaluation_date"),
                            date == null
                                    ? Messages.text("input.no_date")
                                    : Messages.text(
                                            "input.evaluation_date_range",
                                            date.toString(),
                                            Fields.EARLIEST.toString(),
                                            Fields.LATEST.toString())));
            throw new InputException(errors);
        }
        List<InputError> warnings = new ArrayList<>();
        Set<String> invalidUnits = new LinkedHashSet<>();
        RecordCheck.check(root, date, programs, errors, warnings, invalidUnits);
        return new Input(
                root,
                date,
                Limits.bounded(errors),
                Limits.bounded(warnings),
                invalidUnits,
                sha256(root),
                Input.paths(errors));
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
            throw new InputException(List.of(JsonSyntax.error(e)));
        }
        if (root == null || root.isMissingNode()) {
            throw fatal("input.empty");
        }
        if (!root.isObject()) {
            throw fatal("input.not_object", JsonSyntax.kind(root));
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
