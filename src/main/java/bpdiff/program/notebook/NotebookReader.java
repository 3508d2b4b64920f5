package bpdiff.program.notebook;

import bpdiff.BadInputException;
import bpdiff.JsonProblem;
import bpdiff.Position;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a notebook's cells from its JSON (nbformat 4: {@code {"nbformat": 4, "cells": [{"cell_type": "code",
 * "source": "…" or ["…\n", "…"]}, …]}}), bounded: at most {@value #MAX_CHARACTERS} characters of JSON (outputs and
 * pictures included), {@value #MAX_CELLS} cells, and {@value #MAX_CODE_CHARACTERS} characters of code, as much as a
 * Python file may hold. Outputs and metadata are not read, but for the kernel's language.
 *
 * <p>Anything else is one {@link BadInputException} naming the file, or the file and the cell: not JSON (with the
 * JSON's line and column), not nbformat 4, a cell without a known {@code cell_type} or a {@code source} that is no
 * string or list of strings, a notebook of another language.
 */
public final class NotebookReader {

    /** A notebook's JSON holds its outputs too (pictures in base64): larger than a program, smaller than this. */
    public static final int MAX_CHARACTERS = 16 << 20;
    /** Cells in a notebook. */
    public static final int MAX_CELLS = 10_000;
    /** Characters in all code cells together: what a Python file may hold. */
    public static final int MAX_CODE_CHARACTERS = 1 << 20;

    private static final Set<String> TYPES = Set.of("code", "markdown", "raw");
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100)
                    .maxStringLength(MAX_CHARACTERS).build()).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // text after the notebook's object (a second object, a pasted line) is no notebook: Jupyter's own
            // json.loads refuses it ("Extra data")
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private NotebookReader() {}

    /**
     * @param json the notebook file's text
     * @param file its name, for messages
     * @return every cell, in order
     * @throws BadInputException if the text is no nbformat 4 notebook of Python, or past a bound
     */
    public static List<NotebookCell> read(String json, String file) {
        if (json.length() > MAX_CHARACTERS) {
            throw new BadInputException("the notebook is too large (" + json.length() + " characters; at most "
                    + MAX_CHARACTERS + ")", file);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException("the notebook is not valid JSON: " + JsonProblem.problem(e),
                    JsonProblem.position(e, file, json), e);
        }
        if (root == null || !root.isObject() || !root.path("cells").isArray()) {
            throw new BadInputException("not a Jupyter notebook: its JSON has no \"cells\" list", file);
        }
        JsonNode version = root.path("nbformat");
        if (!version.isInt() || version.asInt() != 4) {
            throw new BadInputException(version.isInt() && version.asInt() < 4
                    ? "an nbformat " + version.asInt() + " notebook: bpdiff reads nbformat 4 (open it in Jupyter and "
                            + "save it again)"
                    : "not an nbformat 4 notebook (\"nbformat\" is " + (version.isMissingNode() ? "missing"
                            : version.toString()) + ")", file);
        }
        language(root.path("metadata"), file);
        JsonNode cells = root.get("cells");
        if (cells.size() > MAX_CELLS) {
            throw new BadInputException("the notebook has " + cells.size() + " cells; bpdiff reads at most "
                    + MAX_CELLS, file);
        }
        List<NotebookCell> read = new ArrayList<>();
        long code = 0;
        for (int k = 0; k < cells.size(); k++) {
            NotebookCell cell = cell(cells.get(k), k + 1, file);
            if (cell.isCode()) {
                code += cell.lines().stream().mapToLong(l -> l.length() + 1).sum();
                if (code > MAX_CODE_CHARACTERS) {
                    throw new BadInputException("the notebook's code is too large (more than " + MAX_CODE_CHARACTERS
                            + " characters, as much as a Python file may hold)", file);
                }
            }
            read.add(cell);
        }
        return read;
    }

    private static NotebookCell cell(JsonNode cell, int number, String file) {
        Position where = new Position(file, number, 0, 0);
        if (!cell.isObject()) {
            throw new BadInputException("a cell is not a JSON object", where);
        }
        JsonNode type = cell.path("cell_type");
        if (!type.isTextual() || !TYPES.contains(type.asText())) {
            throw new BadInputException("a cell's \"cell_type\" is " + (type.isMissingNode() ? "missing" : type.toString())
                    + " (nbformat 4 has code, markdown and raw)", where);
        }
        return new NotebookCell(number, type.asText(), lines(source(cell.path("source"), where)));
    }

    /** nbformat's multi-line string: one string, or a list of strings to be joined with nothing between them. */
    private static String source(JsonNode source, Position where) {
        if (source.isTextual()) {
            return source.asText();
        }
        if (!source.isArray()) {
            throw new BadInputException("a cell's \"source\" is " + (source.isMissingNode() ? "missing"
                    : "not a string or a list of strings"), where);
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : source) {
            if (!part.isTextual()) {
                throw new BadInputException("a cell's \"source\" is not a string or a list of strings", where);
            }
            text.append(part.asText());
        }
        return text.toString();
    }

    private static List<String> lines(String source) {
        return List.of(source.split("\r\n|\r|\n", -1));
    }

    /** A notebook that says it is of another language is refused; one that says nothing is taken for Python. */
    private static void language(JsonNode metadata, String file) {
        for (JsonNode said : List.of(metadata.path("kernelspec").path("language"),
                metadata.path("language_info").path("name"))) {
            if (said.isTextual() && !said.asText().toLowerCase(Locale.ROOT).startsWith("python")) {
                throw new BadInputException("the notebook's language is " + said.asText()
                        + "; bpdiff check runs Python", file);
            }
        }
    }
}
