package bpdiff.program.tape;

/**
 * One use of a node by another: the path along which part of \( \partial L / \partial \,input \) flows.
 *
 * @param consumer the node that uses the input
 * @param position which of its inputs it is
 */
public record Edge(int consumer, int position) {}
