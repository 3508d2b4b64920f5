/**
 * The diff: {@link bpdiff.diff.Comparison} runs the sources epoch by epoch, {@link bpdiff.diff.ParameterDiff}
 * and {@link bpdiff.diff.StepDiff} hold what they found, {@link bpdiff.diff.Localisation} names where a hand
 * derivation first goes wrong, {@link bpdiff.diff.Summary} gives the verdict, and
 * {@link bpdiff.diff.Tolerance} holds every tolerance.
 */
package bpdiff.diff;
