package bpdiff.program.tape;

import bpdiff.program.array.NdArray;

/**
 * One recorded operation of a program: what it computed, from which earlier nodes, and where.
 *
 * @param id its position on the tape; inputs always have smaller ids
 * @param op the operation ({@link Op#LEAF} for a value that comes from none)
 * @param args the operation's arguments
 * @param inputs the ids of its inputs
 * @param value the value the program computed
 * @param line the 1-based line of the code that computed it
 * @param column the 1-based column of that code
 * @param constant for a leaf, whether it is an unnamed literal (never differentiated)
 */
public record TapeNode(int id, Op op, OpArgs args, int[] inputs, NdArray value, int line, int column,
        boolean constant) {

    /** @return whether the node is a leaf */
    public boolean isLeaf() {
        return op == Op.LEAF;
    }
}
