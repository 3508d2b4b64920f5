/**
 * The numpy subset's arithmetic: an immutable {@link bpdiff.program.array.NdArray} of doubles with numpy's
 * {@link bpdiff.program.array.DType}, and the kernels that run numpy 1.24's rules (broadcasting and type promotion,
 * {@code @}, {@code outer}, reductions with {@code axis} and {@code keepdims} in numpy's order of additions, basic
 * and advanced indexing, joining, norms) and print arrays as numpy prints them. The interpreter computes the
 * program's values with them, and the recorded forward pass is computed again with them for finite differences.
 */
package bpdiff.program.array;
