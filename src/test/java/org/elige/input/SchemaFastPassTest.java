package org.elige.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import org.junit.jupiter.api.Test;

/** The fast pass decides the published schema, and refuses a schema it could not decide exactly. */
class SchemaFastPassTest {

    @Test
    void thePublishedSchemaHasAFastPass() {
        assertTrue(SchemaCheck.hasFastPass(), "a keyword of the schema is not decided by SchemaFastPass");
    }

    @Test
    void aKeywordItDoesNotKnowIsRefusedByName() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> SchemaFastPass.compile(
                        Json.READER.readTree("{\"properties\": {\"a\": {\"oneOf\": [{\"type\": \"string\"}]}}}"),
                        JDKRegularExpressionFactory.getInstance()));
        assertEquals("#/properties/a/oneOf: keyword not decided here", e.getMessage());
    }

    @Test
    void numbersItCannotDecideExactlyAreLeftToTheValidator() {
        SchemaFastPass pass = SchemaFastPass.compile(
                Json.READER.readTree("{\"properties\": {\"n\": {\"type\": \"integer\"}}}"),
                JDKRegularExpressionFactory.getInstance());
        assertTrue(pass.conforms(Json.READER.readTree("{\"n\": 2}")));
        assertFalse(pass.conforms(Json.READER.readTree("{\"n\": 2.0}")), "2.0 is an integer to the validator");
        assertFalse(pass.conforms(Json.READER.readTree("{\"n\": 123456789012345678901234567890}")));
    }
}
