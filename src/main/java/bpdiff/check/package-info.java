/**
 * {@code bpdiff check}: a student's own hand-derived formulas, parsed, evaluated and compared with
 * PyTorch autograd, with the first wrong line and a diagnosis of the classic mistakes. A whole program is
 * checked by {@link bpdiff.check.program}; this package checks a formula list (only {@code name = expression}
 * lines) on a network's names, and holds what both share: verdicts, value texts, JUnit suites.
 *
 * <p>The pipeline, one file per step:
 *
 * <ol>
 *   <li>{@link bpdiff.check.DerivationParser} reads a file of {@code name = expression} lines, written the way
 *       homework code writes them, into a {@link bpdiff.check.Derivation}: each line is read by the program
 *       parser's formula-list mode ({@link bpdiff.program.syntax.Parser#formula}) into the program's
 *       {@link bpdiff.program.syntax.Expr} tree;
 *   <li>{@link bpdiff.check.NetworkNames} says which names a network knows and what a {@code d_…} name is the
 *       derivative of ({@link bpdiff.check.DerivativeTarget});
 *   <li>{@link bpdiff.check.NameCheck} and {@link bpdiff.check.Dependencies} check the names and track which
 *       line uses which;
 *   <li>{@link bpdiff.check.FormulaEvaluator} computes a line; {@link bpdiff.check.DerivationChecker} runs the file
 *       against autograd and finite differences, at one or every epoch, and {@code Judge} gives each line its
 *       {@link bpdiff.check.FormulaVerdict} and the first wrong line it depends on;
 *   <li>{@link bpdiff.check.Diagnoser} tries candidate corrections on a wrong line ({@code BackPropagationCorrections},
 *       {@code PathCorrections}, {@code FormulaCorrections}, {@code ScaleCorrections}) and names the ones that fit;
 *       each is a {@link bpdiff.check.Guess}, the program checker's kind too, and {@link bpdiff.check.Guess#chosen}
 *       picks the findings shown for both checkers;
 *   <li>{@link bpdiff.check.CheckReport} is the result, written by {@link bpdiff.check.TextFormat},
 *       {@link bpdiff.check.MarkdownFormat}, {@link bpdiff.check.JsonFormat} and {@link bpdiff.check.JunitXmlFormat}.
 * </ol>
 */
package bpdiff.check;
