package bpdiff.grade;

import bpdiff.check.MistakeCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the class's page and results count: the score distribution, which students have each mistake code, by
 * parameter and by layer, the most common first wrong lines, and the submissions that could not be checked. A
 * student is counted once per code (and once per code and parameter, or code and layer), whatever the number of
 * lines.
 *
 * @param graded every submission, in order
 * @param parameters every parameter of the class, in the order first met
 * @param layers every layer met, ascending
 * @param byCode each code's students, most frequent code first
 * @param byParameter each code's students per parameter whose gradient it makes wrong or unchecked
 * @param byLayer each code's students per layer
 * @param firstWrongLines each first wrong line (its statement as written) and its students, most frequent first
 * @param bins the score distribution: students per tenth of the maximum ({@code [0, 10%)} … {@code [90%, 100%)}),
 *     and last those with every point
 */
public record ClassSummary(List<Graded> graded, List<String> parameters, List<Integer> layers,
        Map<MistakeCode, List<Graded>> byCode, Map<MistakeCode, Map<String, List<Graded>>> byParameter,
        Map<MistakeCode, Map<Integer, List<Graded>>> byLayer, Map<String, List<Graded>> firstWrongLines,
        List<List<Graded>> bins) {

    /**
     * @param graded the graded submissions, in order
     * @return the counts
     */
    public static ClassSummary of(List<Graded> graded) {
        Set<String> parameters = new LinkedHashSet<>();
        Set<Integer> layers = new java.util.TreeSet<>();
        Map<MistakeCode, List<Graded>> byCode = new HashMap<>();
        Map<MistakeCode, Map<String, List<Graded>>> byParameter = new HashMap<>();
        Map<MistakeCode, Map<Integer, List<Graded>>> byLayer = new HashMap<>();
        Map<String, List<Graded>> lines = new LinkedHashMap<>();
        List<List<Graded>> bins = new ArrayList<>();
        for (int k = 0; k <= 10; k++) {
            bins.add(new ArrayList<>());
        }
        for (Graded g : graded) {
            g.codes().forEach(c -> byCode.computeIfAbsent(c, k -> new ArrayList<>()).add(g));
            for (ParameterResult p : g.parameters()) {
                parameters.add(p.name());
                if (p.layer() > 0) {
                    layers.add(p.layer());
                }
                if (p.code() != null) {
                    addOnce(byParameter.computeIfAbsent(p.code(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(p.name(), k -> new ArrayList<>()), g);
                    if (p.layer() > 0) {
                        addOnce(byLayer.computeIfAbsent(p.code(), k -> new TreeMap<>())
                                .computeIfAbsent(p.layer(), k -> new ArrayList<>()), g);
                    }
                }
            }
            if (g.checked() && g.firstWrongLine() > 0) {
                lines.computeIfAbsent(g.firstWrongStatement().replaceAll("\\s+", ""), k -> new ArrayList<>()).add(g);
            }
            bins.get(bin(g)).add(g);
        }
        return new ClassSummary(List.copyOf(graded), List.copyOf(parameters), List.copyOf(layers),
                byFrequency(byCode), byParameter, byLayer, byFrequency(lines), bins);
    }

    /** Tenths of the maximum, the last bin for full marks. */
    private static int bin(Graded g) {
        if (g.max() > 0 && g.score() >= g.max()) {
            return 10;
        }
        return Math.min(9, Math.max(0, (int) Math.floor(g.share() * 10)));
    }

    private static void addOnce(List<Graded> list, Graded g) {
        if (list.isEmpty() || list.get(list.size() - 1) != g) {
            list.add(g);
        }
    }

    /** The most frequent first; equal counts in the keys' own order (codes as declared, lines as first met). */
    private static <K> Map<K, List<Graded>> byFrequency(Map<K, List<Graded>> counts) {
        List<Map.Entry<K, List<Graded>>> entries = new ArrayList<>(counts.entrySet());
        if (!entries.isEmpty() && entries.get(0).getKey() instanceof MistakeCode) {
            entries.sort(Comparator.comparing(e -> ((MistakeCode) e.getKey()).ordinal()));
        }
        entries.sort(Comparator.comparing(e -> -e.getValue().size()));
        Map<K, List<Graded>> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), List.copyOf(e.getValue())));
        return sorted;
    }

    /** @return the submissions that could not be checked */
    public List<Graded> notChecked() {
        return graded.stream().filter(g -> !g.checked()).toList();
    }

    /** @return the mean share of the maximum, 0 for no submission */
    public double meanShare() {
        return graded.stream().mapToDouble(Graded::share).average().orElse(0);
    }

    /**
     * Without a reference, a submission that could not be checked has no parameters of its own: it is scored out of
     * the most common maximum of the checked ones (the larger on a tie), so that a 0 counts as a 0 in a gradebook.
     *
     * @param graded the grades
     * @param expectation the reference and points
     * @return the grades, those not checked with that maximum
     */
    static List<Graded> withUsualMax(List<Graded> graded, Expectation expectation) {
        if (expectation.hasReference()) {
            return graded;
        }
        Map<Double, Integer> maxima = new TreeMap<>();
        graded.stream().filter(Graded::checked).forEach(g -> maxima.merge(g.max(), 1, Integer::sum));
        double usual = maxima.entrySet().stream().max(Map.Entry.<Double, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(1.0);
        return graded.stream().map(g -> g.checked() ? g : new Graded(g.student(), g.where(), g.fileName(), false, 0,
                usual, g.parameters(), g.codes(), g.firstWrongLine(), g.firstWrongStatement(), g.message(),
                g.remarks(), g.lines())).toList();
    }
}
