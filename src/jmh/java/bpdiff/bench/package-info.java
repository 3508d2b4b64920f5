/**
 * The benchmarks behind {@code make bench}: JMH benchmarks of the hand-written and the DJL training paths,
 * a resident-memory check over a million DJL steps, and the one table that sets them beside PyTorch in
 * Python ({@code tools/bench_pytorch.py}). Compiled only under the Maven profile {@code bench}; benchmarks
 * are not tests and no test asserts a timing.
 */
package bpdiff.bench;
