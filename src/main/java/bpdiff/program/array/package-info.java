/**
 * The numpy subset's arithmetic in double precision: an immutable {@link bpdiff.program.array.NdArray} and
 * the kernels that run numpy's rules (broadcasting, {@code @}, {@code outer}, reductions with {@code axis}
 * and {@code keepdims}, basic indexing). The interpreter computes the program's values with them, and the
 * recorded forward pass is computed again with them for finite differences.
 */
package bpdiff.program.array;
