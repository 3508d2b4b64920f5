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

    /** A listener that keeps every event, for the callers that want the whole run at once. */
    public static final class Collector implements Events.Listener {

        private Program program;
        private Tape tape;
        private final List<Events.Loss> losses = new java.util.ArrayList<>();
        private final List<Events.Update> updates = new java.util.ArrayList<>();
        private final List<Events.Assignment> assignments = new java.util.ArrayList<>();

        @Override
        public void started(Program started, Tape recording) {
            this.program = started;
            this.tape = recording;
        }

        @Override
        public void loss(Events.Loss loss) {
            losses.add(loss);
        }

        @Override
        public void assignment(Events.Assignment assignment) {
            assignments.add(assignment);
        }

        @Override
        public void update(Events.Update update) {
            updates.add(update);
        }

        @Override
        public void finished() {
            // every event is kept already
        }

        /** @return the run */
        public Trace trace() {
            return new Trace(program, tape, losses, updates, assignments);
        }
    }
}
