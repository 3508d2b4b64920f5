package bpdiff.program.run;

import bpdiff.program.syntax.Program;
import bpdiff.program.tape.Tape;
import java.util.List;

/**
 * Everything a run of a program leaves for the check: the tape of its operations and the events observed.
 *
 * @param program the program
 * @param tape every recorded operation
 * @param losses every computation of the loss, in order
 * @param updates every gradient-descent update, in order
 * @param assignments every assignment to a watched name, in order
 */
public record Trace(Program program, Tape tape, List<Events.Loss> losses, List<Events.Update> updates,
        List<Events.Assignment> assignments) {

    /** Makes the lists unmodifiable. */
    public Trace {
        losses = List.copyOf(losses);
        updates = List.copyOf(updates);
        assignments = List.copyOf(assignments);
    }
}
