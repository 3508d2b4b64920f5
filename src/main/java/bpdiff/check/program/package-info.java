/**
 * {@code bpdiff check} on a student's program: {@link bpdiff.check.program.ProgramCheck} runs it in bpdiff's
 * interpreter, finds its loss ({@link bpdiff.check.program.ClaimNames}), its parameters (the variables it
 * updates by gradient descent, {@code Parameters}) and its epochs ({@code Epochs}), and the claims it makes
 * about derivatives: the value each update subtracts ({@code LearningRate}) and every {@code d_…} value
 * ({@code ClaimFinder}). Every epoch's forward pass is replayed with DJL autograd and finite differences
 * ({@code EpochTruth}); {@code ProgramJudge} judges each claim and tells its own mistake from one it inherits;
 * {@code ProgramDiagnoser} tries candidate corrections; {@code Findings} says what could not be checked.
 *
 * <p>The result is data ({@link bpdiff.check.program.ProgramReport}, {@link bpdiff.check.program.CheckedQuantity},
 * {@link bpdiff.check.program.GraphNode}), written as text, JSON, Markdown and JUnit XML by the
 * {@code Program*Format} classes.
 */
package bpdiff.check.program;
