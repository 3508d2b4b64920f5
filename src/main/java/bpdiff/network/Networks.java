package bpdiff.network;

import java.util.List;

/**
 * The built-in networks.
 *
 * <p>The lecture network (seed homework 2 and 3): inputs \( x = (0.5, 0.3) \), targets
 * \( y = (0.23, -0.07) \), weights \( w_1..w_8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8 \), wired as
 * \( in_{h1} = w_1 x_1 + w_3 x_2 \), \( in_{h2} = w_2 x_1 + w_4 x_2 \),
 * \( in_{o1} = w_5\,out_{h1} + w_7\,out_{h2} \), \( in_{o2} = w_6\,out_{h1} + w_8\,out_{h2} \), sigmoid
 * everywhere, loss \( \tfrac12 (o_1 - y_1)^2 + \tfrac12 (o_2 - y_2)^2 \), step 1, one epoch.
 */
public final class Networks {

    /** How the lecture connects its eight weights; {@link NetworkSpec#isLecture()} compares with it. */
    record LectureWiring(int[] layerSizes, String[][][] weights) {}

    static final LectureWiring LECTURE_WIRING = new LectureWiring(
            new int[] {2, 2, 2},
            new String[][][] {
                {{"w1", "w3"}, {"w2", "w4"}},
                {{"w5", "w7"}, {"w6", "w8"}}
            });

    /** The lecture's weights w1..w8. */
    private static final double[] LECTURE_WEIGHTS = {0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8};

    private Networks() {}

    /** @return the lecture network, the built-in default of every command */
    public static NetworkSpec lecture() {
        List<Parameter> parameters = new java.util.ArrayList<>();
        for (int i = 0; i < LECTURE_WEIGHTS.length; i++) {
            parameters.add(new Parameter("w" + (i + 1), LECTURE_WEIGHTS[i], false));
        }
        return new NetworkSpec(
                "lecture",
                LECTURE_WIRING.layerSizes().clone(),
                deepCopy(LECTURE_WIRING.weights()),
                null,
                parameters,
                Activation.SIGMOID,
                LossFunction.HALF_SSE,
                1.0,
                1,
                List.of(new Sample(new double[] {0.5, 0.3}, new double[] {0.23, -0.07})));
    }

    private static String[][][] deepCopy(String[][][] weights) {
        String[][][] copy = new String[weights.length][][];
        for (int l = 0; l < weights.length; l++) {
            copy[l] = new String[weights[l].length][];
            for (int j = 0; j < weights[l].length; j++) {
                copy[l][j] = weights[l][j].clone();
            }
        }
        return copy;
    }
}
