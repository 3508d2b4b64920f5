package bpdiff.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.gradient.Precision;
import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A formula list for a network with a tanh hidden layer and a linear output
 * ({@code examples/derivations/regression-tanh/mistake-tanh-derivative.py} on
 * {@code examples/networks/regression-tanh.json}): the sigmoid's derivative \( out(1 - out) \) written for tanh's
 * \( 1 - out^2 \) is found on its own lines and diagnosed as an activation derivative naming tanh, and the same file
 * with tanh's derivative passes. Truth is autograd, which {@code NetworkReferenceTest} holds to PyTorch on this
 * network, and finite differences in double.
 */
class TanhDerivationCheckTest {

    private static final Path FILE = Path.of("examples/derivations/regression-tanh/mistake-tanh-derivative.py");
    private static final NetworkSpec NETWORK = NetworkLoader.load(Path.of("examples/networks/regression-tanh.json"));

    @ParameterizedTest
    @EnumSource(Precision.class)
    void theSigmoidsDerivativeForTanhIsDiagnosedNamingTanh(Precision precision) {
        CheckReport report = Checks.check(DerivationParser.parse(FILE), NETWORK, precision, 1);
        assertFalse(report.passed());
        Set<String> wrong = report.failed().stream().map(r -> r.assignment().name()).collect(Collectors.toSet());
        assertEquals(Set.of("delta_h1", "delta_h2", "delta_h3", "d_w1", "d_w2", "d_w3", "d_b1", "d_b2", "d_b3"), wrong);
        for (int h = 1; h <= 3; h++) {
            FormulaResult delta = Checks.result(report, "delta_h" + h);
            assertTrue(delta.ownMistake(), delta.assignment().formula());
            String out = "out_h" + h;
            assertEquals("the activation derivative of h" + h + " is wrong: h" + h + " is tanh, whose derivative is 1−"
                    + out + "², but the line uses " + out + "·(1−" + out + "), the derivative of sigmoid",
                    delta.likely().get(0), delta.likely().toString());
            FormulaResult weight = Checks.result(report, "d_w" + h);
            assertFalse(weight.ownMistake(), "d_w" + h + " follows from delta_h" + h);
            assertEquals(weight.autograd(), weight.numeric(), precision == Precision.FLOAT64 ? 1e-9 : 1e-6,
                    "autograd's dL/dw" + h + " is the finite differences'");
        }
        assertTrue(report.firstWrong().assignment().formula().startsWith("delta_h1 ="));
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void withTanhsDerivativeTheSameFilePasses(Precision precision) throws IOException {
        String corrected = Files.readString(FILE);
        for (int h = 1; h <= 3; h++) {
            corrected = corrected.replace("out_h" + h + " * (1 - out_h" + h + ")", "(1 - out_h" + h + "**2)");
        }
        assertTrue(corrected.contains("delta_h3 = d_h3 * (1 - out_h3**2)"), corrected);
        CheckReport report = Checks.text(corrected, NETWORK, precision, 3);
        assertTrue(report.passed(), report.summary());
        assertEquals(18, report.checked().size());
        assertEquals(List.of(), report.failed());
    }
}
