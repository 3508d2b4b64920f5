package bpdiff.serve;

import bpdiff.BadInputException;
import bpdiff.JsonProblem;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A request body read as a JSON object, and its fields read as the types they must have, each named in a problem. */
final class Fields {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Fields() {}

    /**
     * Reads a body.
     *
     * @param body its bytes
     * @throws BadInputException naming the line and column of what is not JSON, or if it is not an object
     */
    static JsonNode object(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadInputException("the request body is not valid JSON: " + JsonProblem.problem(e),
                    JsonProblem.position(e, "request body", null), e);
        } catch (IOException e) {
            throw new BadInputException("cannot read the request body", "request body", e);
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new BadInputException("the request body must be a JSON object, e.g. {\"derivation\": \"...\"}",
                    "request body");
        }
        return root;
    }

    /**
     * @param root the body
     * @param field a field that is present
     * @return its string
     * @throws BadInputException if it is not a string
     */
    static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (!value.isTextual()) {
            throw new BadInputException("expected a string", field);
        }
        return value.asText();
    }

    /**
     * A program's loss, as the command line's {@code --loss-name} or {@code --loss-expr} gives it.
     *
     * @param root the body
     * @return {@code "loss-expr"} or {@code "loss-name"}, or {@code null} for the usual names
     * @throws BadInputException if both are given, or one is not a string
     */
    static String loss(JsonNode root) {
        if (root.hasNonNull("loss-expr") && root.hasNonNull("loss-name")) {
            throw new BadInputException("give the loss either by its name or as an expression, not both", "loss-expr");
        }
        return root.hasNonNull("loss-expr") ? text(root, "loss-expr")
                : root.hasNonNull("loss-name") ? text(root, "loss-name") : null;
    }

    /**
     * @param root the body
     * @return its strings; empty when it is missing or {@code null}
     * @throws BadInputException if it is not an array of strings
     */
    static List<String> texts(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> texts.add(v.isTextual() ? v.asText() : null));
        }
        if (!value.isArray() || texts.contains(null)) {
            throw new BadInputException("expected an array of strings, e.g. [\"w1\", \"w2\"]", field);
        }
        return texts;
    }

    /**
     * @param root the body
     * @return its value; false when it is missing or {@code null}
     * @throws BadInputException if it is not true or false
     */
    static boolean flag(JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new BadInputException("expected true or false", field);
        }
        return value.asBoolean();
    }
}
