package bpdiff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** bpdiff's JSON files as text: objects built with Jackson's tree, written indented, each file ending with a newline. */
public final class JsonDocument {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonDocument() {}

    /** @return a new, empty object */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * @param schema the schema id, e.g. {@code bpdiff.check/1}
     * @return a new object whose first field is {@code schema}
     */
    public static ObjectNode withSchema(String schema) {
        return object().put("schema", schema);
    }

    /**
     * @param root the document
     * @return it as indented JSON, ending with a newline
     */
    public static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
