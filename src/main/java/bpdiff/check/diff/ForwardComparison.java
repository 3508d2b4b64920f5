package bpdiff.check.diff;

import java.util.List;

/**
 * The values both programs name in their forward pass at epoch 1 ({@code in_h1}, {@code out_o1}, …), compared.
 *
 * @param names the names both programs give a value, in A's order
 * @param firstDifferent the first of them whose values differ, or {@code null}
 * @param valueA A's value of it, row-major
 * @param valueB B's
 */
public record ForwardComparison(List<String> names, String firstDifferent, double[] valueA, double[] valueB) {

    /** Makes the list unmodifiable. */
    public ForwardComparison {
        names = List.copyOf(names);
    }
}
