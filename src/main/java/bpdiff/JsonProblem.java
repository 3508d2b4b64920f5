package bpdiff;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Jackson's parse error as one line for a person: its own words without the source description it appends
 * ({@code (start marker at [Source: REDACTED …; line: 1, column: 1])}), and where it happened as
 * {@code <where>:<line>:<column>}.
 */
public final class JsonProblem {

    private JsonProblem() {}

    /**
     * What is wrong.
     *
     * @param e Jackson's error
     * @return its message up to the source description Jackson appends
     */
    public static String problem(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int source = message.indexOf(" (start marker at [Source:");
        if (source < 0) {
            source = message.indexOf("[Source:");
        }
        return (source < 0 ? message : message.substring(0, source)).strip();
    }

    /**
     * Where it happened.
     *
     * @param e Jackson's error
     * @param where the file or the request body
     * @return {@code where:line:column}, or {@code where} when Jackson does not know
     */
    public static String where(JsonProcessingException e, String where) {
        JsonLocation at = e.getLocation();
        return at == null ? where : where + ":" + at.getLineNr() + ":" + at.getColumnNr();
    }
}
