package bpdiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Jackson's own parse errors, made by parsing bad JSON with Jackson, read as one line for a person: no programmer's
 * hint (a feature or constraint name) is left, and the words that say what is wrong stay.
 */
class JsonProblemTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void nonNumericNumbersAreNamedWithoutJacksonsFeature() {
        String problem = problem("{\"lr\": NaN}");
        assertEquals("Non-standard token 'NaN': JSON has no NaN or Infinity", problem);
        assertEquals("Non-standard token 'Infinity': JSON has no NaN or Infinity", problem("{\"lr\": Infinity}"));
    }

    @Test
    void aTooDeepDocumentKeepsItsNumbersWithoutTheConstraintsName() {
        String problem = problem("[".repeat(1500) + "]".repeat(1500));
        assertEquals("Document nesting depth (1001) exceeds the maximum allowed (1000)", problem);
    }

    @Test
    void plainMessagesStayAsJacksonWritesThem() {
        assertEquals("Unexpected end-of-input within/between Object entries", problem("{\"epochs\": "));
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> MAPPER.readTree(new byte[] {'{', '"', 'a', '"', ':', ' ', '"', (byte) 0xff, '"', '}'}));
        assertEquals("Invalid UTF-8 start byte 0xff", JsonProblem.problem(e));
    }

    @Test
    void textAfterTheValueIsSaidWithoutJacksonsTypes() {
        // Jackson wrote "Trailing token (of type START_OBJECT) found after value (bound as `...JsonNode`): not
        // allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`", left as "(bound as): not allowed as per"
        ObjectMapper strict = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> strict.readTree("{\"layers\": [2, 2, 2]} {\"layers\": [3]}"));
        assertEquals("more text after the JSON value ends (CPython's json: \"Extra data\")", JsonProblem.problem(e));
    }

    private static String problem(String json) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> MAPPER.readTree(json));
        String problem = JsonProblem.problem(e);
        assertFalse(problem.matches("(?s).*(`|Jackson|Feature|Constraints|com\\.fasterxml).*"), problem);
        return problem;
    }
}
