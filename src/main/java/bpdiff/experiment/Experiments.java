package bpdiff.experiment;

import bpdiff.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The homework's experiments in report order, and how {@code --only} picks some of them. */
public final class Experiments {

    private Experiments() {}

    /** @return every experiment, in the order of the homework's questions */
    public static List<Experiment<?>> all() {
        return List.of(
                new LectureExperiment(),
                new PublishedVsAutogradExperiment(),
                new CorrectedExperiment(),
                new MethodsExperiment(),
                new BuiltinSigmoidExperiment(),
                new ReluExperiment(),
                new BuiltinMseExperiment(),
                new CrossEntropyExperiment(),
                new StepAndEpochsExperiment(),
                new RandomInitExperiment(),
                new ZeroInitExperiment(),
                new SummaryExperiment());
    }

    /**
     * Picks experiments by id, adding those they require, in catalogue order.
     *
     * @param catalogue the experiments to choose from
     * @param ids the ids asked for; empty for all
     * @param where the option that gave them, for the error message
     * @return the experiments to run
     * @throws BadInputException naming the first unknown id
     */
    public static List<Experiment<?>> select(List<Experiment<?>> catalogue, List<String> ids, String where) {
        if (ids.isEmpty()) {
            return catalogue;
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : ids) {
            add(catalogue, id.trim(), wanted, where);
        }
        List<Experiment<?>> chosen = new ArrayList<>();
        for (Experiment<?> experiment : catalogue) {
            if (wanted.contains(experiment.id())) {
                chosen.add(experiment);
            }
        }
        return chosen;
    }

    private static void add(List<Experiment<?>> catalogue, String id, Set<String> wanted, String where) {
        Experiment<?> experiment = catalogue.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new BadInputException("unknown experiment '" + id + "', expected one of "
                        + String.join(", ", catalogue.stream().map(e -> e.id()).toList()), where));
        if (wanted.add(id)) {
            for (String required : experiment.about().requires()) {
                add(catalogue, required, wanted, where);
            }
        }
    }
}
