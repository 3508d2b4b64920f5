package bpdiff.program.notebook;

import java.util.List;

/**
 * One cell of a notebook, as nbformat 4 stores it.
 *
 * @param number 1-based among all the notebook's cells, markdown and raw cells included: the number a reader
 *     counts scrolling down, and VS Code's "Cell N of M"
 * @param type {@code code}, {@code markdown} or {@code raw}
 * @param lines the source's lines, without their line breaks; a source ending with a line break has an empty last
 *     line, as the cell's editor shows it
 */
public record NotebookCell(int number, String type, List<String> lines) {

    /** Makes the list unmodifiable. */
    public NotebookCell {
        lines = List.copyOf(lines);
    }

    /** @return whether the cell holds code */
    public boolean isCode() {
        return type.equals("code");
    }
}
