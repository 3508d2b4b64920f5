/**
 * The interpreter of the Python subset: {@link bpdiff.program.run.Interpreter} runs a parsed program in a
 * sandbox bounded by {@link bpdiff.program.ProgramLimits}, with Python's semantics and a numpy subset, and
 * records every numeric operation on a {@link bpdiff.program.tape.Tape}; the {@link bpdiff.program.run.Events}
 * it observes (losses, gradient-descent updates, assignments to watched names) make a
 * {@link bpdiff.program.run.Trace}. The program has no access to files, the network, processes or
 * reflection: those do not exist in the subset.
 */
package bpdiff.program.run;
