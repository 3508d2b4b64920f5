package bpdiff.check.program;

import java.util.List;

/**
 * One recorded operation of the shown epoch's forward pass, for drawing the program's computation graph.
 *
 * @param id its id on the tape
 * @param op the operation ({@code leaf}, {@code +}, {@code @}, {@code exp}, …)
 * @param inputs the ids of its inputs
 * @param name the variable it was assigned to, or {@code null}
 * @param line the line that computed it
 * @param column the column
 * @param shape its shape
 * @param value its value, row-major
 * @param autograd \( \partial L / \partial v \) from autograd, or {@code null} (a literal, or only compared)
 * @param numeric \( \partial L / \partial v \) from finite differences, or {@code null} if not computed
 * @param parameter whether it holds a parameter's value
 */
public record GraphNode(int id, String op, List<Integer> inputs, String name, int line, int column, int[] shape,
        double[] value, double[] autograd, double[] numeric, boolean parameter) {

    /** Makes the list unmodifiable. */
    public GraphNode {
        inputs = List.copyOf(inputs);
    }
}
