package bpdiff.experiment;

import java.util.List;

/**
 * A table of measured numbers for the report, already formatted as text.
 *
 * <p>Tables are for reading; {@code results.json} carries the unformatted numbers in the findings and
 * plot series instead.
 *
 * @param caption one line above the table
 * @param headers the column headers
 * @param rows the cells, row by row, each as long as {@code headers}
 */
public record Table(String caption, List<String> headers, List<List<String>> rows) {

    /** Copies the lists so that a table cannot change after it is made. */
    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
