package bpdiff.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bpdiff.network.Activation;
import bpdiff.network.LossFunction;
import bpdiff.network.NetworkLoader;
import bpdiff.network.NetworkSpec;
import bpdiff.network.Networks;
import bpdiff.network.Parameter;
import bpdiff.network.Sample;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The network picture's structure: one circle per drawn neuron, one labelled edge per connection, caps. */
class NetworkSvgTest {

    private static final PictureState EMPTY = new PictureState(Map.of(), Map.of(), Map.of(), Map.of());

    @Test
    void theLectureHasSixCirclesAndEightNamedConnections() {
        String svg = NetworkSvg.render(Networks.lecture(), EMPTY);
        assertEquals(6, count(svg, "<circle "));
        assertEquals(8, count(svg, "<g class=\"edge "));
        for (String w : List.of("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8")) {
            assertEquals(1, count(svg, "data-parameter=\"" + w + "\""), w);
        }
        // the lecture's wiring: in_h1 = w1·x1 + w3·x2
        assertTrue(svg.contains("data-parameter=\"w3\" data-from=\"x2\" data-to=\"h1\""));
        assertTrue(svg.contains("data-parameter=\"w6\" data-from=\"h1\" data-to=\"o2\""));
    }

    @Test
    void aSharedBiasIsOnEveryConnectionItFeedsAndSaysSo() {
        NetworkSpec spec = NetworkLoader.load(Path.of("examples/networks/shared-bias.json"));
        String svg = NetworkSvg.render(spec, EMPTY);
        assertEquals(6, count(svg, "<circle "), "bias nodes are squares");
        assertEquals(2, count(svg, "class=\"bias-node\""));
        assertEquals(12, count(svg, "<g class=\"edge "));
        assertEquals(2, count(svg, "data-parameter=\"b1\" data-from=\"+1\""));
        assertEquals(2, count(svg, "b1 · shared by 2 · frozen</text>"));
    }

    @Test
    void eachComputedLayerNamesItsActivation() {
        String perLayer = NetworkSvg.render(NetworkLoader.load(Path.of("examples/networks/classifier.json")), EMPTY);
        assertTrue(perLayer.contains("class=\"layer-activation\" data-layer=\"1\""), perLayer);
        assertEquals(List.of("relu", "identity"), texts(perLayer, "layer-activation"));
        assertTrue(perLayer.contains("<title>h3 (relu)"));
        assertTrue(perLayer.contains("<title>o2 (identity)"));
        assertTrue(perLayer.contains("<title>x1\n") || perLayer.contains("<title>x1</title>"), "inputs have none");
        assertEquals(List.of("sigmoid", "sigmoid"), texts(NetworkSvg.render(Networks.lecture(), EMPTY),
                "layer-activation"));
    }

    /** The texts of the {@code <text>} elements of a class, in order. */
    private static List<String> texts(String svg, String cssClass) {
        Matcher m = Pattern.compile("<text class=\"" + cssClass + "\"[^>]*>([^<]*)</text>").matcher(svg);
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    @Test
    void aLargeNetworkIsCappedAndStillDrawn() {
        NetworkSpec spec = dense(new int[] {100, 300, 4});
        String svg = NetworkSvg.render(spec, EMPTY);
        assertEquals(32 + 32 + 4, count(svg, "<circle "), "at most 32 neurons of a layer");
        assertEquals(32 * 32 + 4 * 32, count(svg, "<g class=\"edge "));
        assertTrue(svg.contains("… 68 more not drawn") && svg.contains("… 268 more not drawn"));
        assertTrue(svg.contains("class=\"network labels-none\""), "plain lines above 256 connections per layer");
        assertTrue(svg.length() < 2_000_000, svg.length() + " characters");
        String compact = NetworkSvg.render(dense(new int[] {6, 6, 3}), EMPTY);
        assertTrue(compact.contains("labels-compact"));
        assertEquals(36 + 18, count(compact, "class=\"edge-label\""), "every connection named");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** A fully connected network with its own parameter per connection. */
    private static NetworkSpec dense(int[] sizes) {
        List<Parameter> parameters = new ArrayList<>();
        String[][][] weights = new String[sizes.length - 1][][];
        for (int l = 1; l < sizes.length; l++) {
            weights[l - 1] = new String[sizes[l]][sizes[l - 1]];
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    String name = "w" + (parameters.size() + 1);
                    weights[l - 1][j][i] = name;
                    parameters.add(new Parameter(name, 0.1, false));
                }
            }
        }
        return new NetworkSpec("dense", sizes, weights, null, parameters, Activation.SIGMOID, LossFunction.HALF_SSE,
                1, 1, List.of(new Sample(new double[sizes[0]], new double[sizes[sizes.length - 1]])));
    }
}
