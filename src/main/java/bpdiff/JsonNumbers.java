package bpdiff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Numbers in bpdiff's JSON reports: a number that is not finite (a diverged loss, an overflowed gradient) is written
 * {@code null}, since JSON has no NaN or infinity.
 */
public final class JsonNumbers {

    private JsonNumbers() {}

    /**
     * @param node the object
     * @param key the field
     * @param v the number, {@code null} if not finite
     */
    public static void number(ObjectNode node, String key, double v) {
        if (Double.isFinite(v)) {
            node.put(key, v);
        } else {
            node.putNull(key);
        }
    }

    /**
     * @param node the object
     * @param key the field
     * @param values the numbers, each {@code null} if not finite; the field is {@code null} when they are
     */
    public static void values(ObjectNode node, String key, double[] values) {
        if (values == null) {
            node.putNull(key);
            return;
        }
        ArrayNode array = node.putArray(key);
        for (double v : values) {
            if (Double.isFinite(v)) {
                array.add(v);
            } else {
                array.addNull();
            }
        }
    }
}
