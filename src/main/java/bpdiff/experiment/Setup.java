package bpdiff.experiment;

import java.util.List;

/**
 * What an experiment runs, stated before it runs: a sentence for the report and the comparisons it will read.
 *
 * @param description what is run, in one or two sentences
 * @param runs the three-way comparisons, which the runner trains batched with every other experiment's
 */
public record Setup(String description, List<Run> runs) {

    /** Copies the list. */
    public Setup {
        runs = List.copyOf(runs);
    }
}
