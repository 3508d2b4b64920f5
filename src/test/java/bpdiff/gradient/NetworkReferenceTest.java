package bpdiff.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.diff.Tolerance;
import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import bpdiff.testing.NetworkReference;
import bpdiff.testing.PyTorchReference;
import bpdiff.testing.ReferenceAgreement;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every gradient source held to real PyTorch on every network of {@code reference-results/pytorch/networks/} (made
 * by {@code tools/pytorch_network_reference.py} from {@code examples/networks/}, {@code reference-results/networks/}
 * and the 30 seeded random networks of {@code reference-results/networks/random/}), at every epoch: loss, gradients,
 * the {@code in}/{@code out} of every neuron and sample, their gradients and the updated weights.
 *
 * <p>Each epoch starts from PyTorch's own weights (its initial values, then its values after the epoch before), so a
 * difference at one epoch is that epoch's alone. DJL autograd is held to both dtypes at
 * {@link Tolerance#forAutograd}; the hand chain rule (double) likewise, against float32 at {@link Tolerance#FLOAT32};
 * finite differences to the float64 gradient at {@link Tolerance#FINITE_DIFFERENCES}, except where they say
 * themselves that they cannot referee (a stencil across a ReLU or leaky-ReLU kink, a saturated sigmoid or tanh, a
 * clamped {@code bce}).
 */
class NetworkReferenceTest {

    private static final List<String> DTYPES = List.of("float64", "float32");

    /** The network files that must each have a reference. */
    private static final List<Path> NETWORK_FOLDERS = List.of(
            Path.of("examples", "networks"), Path.of("reference-results", "networks"),
            Path.of("reference-results", "networks", "random"));

    static Stream<NetworkReference> references() {
        return NetworkReference.all().stream();
    }

    static Stream<Arguments> referencesAndDtypes() {
        return references().flatMap(r -> DTYPES.stream().map(dtype -> Arguments.of(r, dtype)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("referencesAndDtypes")
    void autogradIsPyTorch(NetworkReference reference, String dtype) {
        NetworkSpec spec = load(reference);
        Precision precision = Precision.parse(dtype, "test");
        ReferenceAgreement agreement = new ReferenceAgreement(reference + " " + dtype + " autograd", spec,
                Tolerance.forAutograd(precision));
        try (DjlAutograd autograd = new DjlAutograd(spec, precision)) {
            holdEveryEpoch(reference, dtype, spec, autograd, agreement);
        }
        agreement.assertAgreed();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("referencesAndDtypes")
    void chainRuleIsPyTorch(NetworkReference reference, String dtype) {
        NetworkSpec spec = load(reference);
        ReferenceAgreement agreement = new ReferenceAgreement(reference + " " + dtype + " chain rule", spec,
                Tolerance.forAutograd(Precision.parse(dtype, "test")));
        holdEveryEpoch(reference, dtype, spec, new ChainRule(spec), agreement);
        agreement.assertAgreed();
    }

    /** Finite differences give PyTorch's float64 gradient wherever they do not say that they cannot referee. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void finiteDifferencesArePyTorchOrUnreliable(NetworkReference reference) {
        NetworkSpec spec = load(reference);
        ReferenceAgreement agreement = new ReferenceAgreement(reference + " float64 finite differences", spec,
                Tolerance.FINITE_DIFFERENCES);
        FiniteDifferences numeric = new FiniteDifferences(spec);
        for (JsonNode expected : reference.run("float64").get("steps")) {
            int epoch = expected.get("epoch").asInt();
            Evaluation evaluation = numeric.evaluate(reference.weightsBefore("float64", epoch, spec.parameterNames()));
            agreement.number("epoch " + epoch + " loss", PyTorchReference.number(expected.get("loss")), evaluation.loss());
            agreement.parameters("epoch " + epoch + " gradient", expected.get("gradient"), evaluation.gradient(),
                    evaluation.unreliable());
        }
        agreement.assertAgreed();
    }

    /** Every network file has a reference, made from the file as it is now (same SHA-256), with every epoch. */
    @Test
    void everyNetworkHasAFreshReference() throws IOException {
        Set<String> referenced = new TreeSet<>();
        for (NetworkReference reference : NetworkReference.all()) {
            referenced.add(reference.networkFile().toString());
            assertEquals(reference.network().get("sha256").asText(), reference.currentNetworkSha256(),
                    reference.networkFile() + " changed since its reference was made: run make pytorch-reference");
            for (String dtype : DTYPES) {
                assertEquals(reference.network().get("epochs").asInt(), reference.run(dtype).get("steps").size(),
                        reference + " " + dtype);
            }
        }
        List<String> files = new ArrayList<>();
        for (Path folder : NETWORK_FOLDERS) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(f -> f.toString().endsWith(".json")).forEach(f -> files.add(f.toString()));
            }
        }
        assertTrue(files.size() >= 43, "the examples, the activation networks and 30 random ones: " + files);
        assertEquals(new TreeSet<>(files), referenced);
    }

    /**
     * The kink networks reach the kink: at epoch 1 the first sample's {@code in_h1} is exactly 0 in both dtypes, and
     * PyTorch's backward uses relu′(0) = 0 and leaky_relu′(0) = 0.01, its negative slope (0.01f in float32).
     */
    @Test
    void kinkNetworksRecordPyTorchsDerivativeAtZero() {
        for (NetworkReference reference : NetworkReference.all()) {
            double expected = switch (reference.name()) {
                case "relu-kink" -> 0.0;
                case "leaky-relu-kink" -> 0.01;
                default -> Double.NaN;
            };
            if (Double.isNaN(expected)) {
                continue;
            }
            for (String dtype : DTYPES) {
                JsonNode kink = reference.run(dtype).get("atKink").get(0);
                assertEquals("h1", kink.get("neuron").asText());
                assertEquals(1, kink.get("epoch").asInt());
                assertEquals(0.0, kink.get("in").asDouble());
                assertEquals(expected, kink.get("derivative").asDouble(), dtype.equals("float64") ? 1e-15 : 1e-8,
                        reference + " " + dtype);
            }
        }
    }

    /** Runs the source from PyTorch's weights at each epoch and compares everything it computes. */
    private static void holdEveryEpoch(NetworkReference reference, String dtype, NetworkSpec spec,
            GradientSource source, ReferenceAgreement agreement) {
        JsonNode steps = reference.run(dtype).get("steps");
        assertEquals(spec.epochs(), steps.size(), reference + " epochs");
        for (JsonNode expected : steps) {
            int epoch = expected.get("epoch").asInt();
            double[] weights = reference.weightsBefore(dtype, epoch, spec.parameterNames());
            Step step = source.step(weights, spec.learningRate(), spec.trainable());
            Evaluation evaluation = step.evaluation();
            String at = "epoch " + epoch;
            agreement.number(at + " loss", PyTorchReference.number(expected.get("loss")), evaluation.loss());
            agreement.parameters(at + " gradient", expected.get("gradient"), evaluation.gradient());
            agreement.neurons(at + " forward", expected.get("forward"), evaluation.forward());
            agreement.neurons(at + " dL/d", expected.get("neuronGradient"), evaluation.neuronGradient());
            agreement.parameters(at + " updated", expected.get("updated"), step.updated());
        }
    }

    private static NetworkSpec load(NetworkReference reference) {
        NetworkSpec spec = NetworkLoader.load(reference.networkFile());
        List<String> names = new ArrayList<>();
        reference.network().get("parameters").forEach(n -> names.add(n.asText()));
        assertEquals(names, spec.parameterNames(), reference + " parameters");
        return spec;
    }
}
