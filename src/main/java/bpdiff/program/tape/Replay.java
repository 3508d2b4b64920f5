package bpdiff.program.tape;

import bpdiff.program.array.NdArray;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What autograd says about one computation of the loss.
 *
 * @param loss the loss as the engine computed it
 * @param gradient \( \partial L / \partial v \) for every node of the closure that wants one
 * @param paths \( \partial L / \partial v \) through one use of {@code v} only, for every differentiable use
 */
public record Replay(double loss, Map<Integer, NdArray> gradient, Map<Edge, NdArray> paths) {

    /** Makes the maps unmodifiable. */
    public Replay {
        gradient = Collections.unmodifiableMap(new LinkedHashMap<>(gradient));
        paths = Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }
}
