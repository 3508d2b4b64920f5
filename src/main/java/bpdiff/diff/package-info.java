/**
 * The diff: {@link bpdiff.diff.Comparison} runs the sources epoch by epoch while {@link bpdiff.diff.Stops} decides
 * when one stops (non-finite numbers, outputs outside the loss's domain); {@link bpdiff.diff.ParameterDiff} and
 * {@link bpdiff.diff.StepDiff} hold what they found, {@link bpdiff.diff.Localisation} names where a hand derivation
 * first goes wrong, {@link bpdiff.diff.Summary} gives the verdict ({@link bpdiff.diff.Verdict}: match only when every
 * epoch asked for was compared, mismatch, or diverged), and {@link bpdiff.diff.Tolerance} holds every tolerance.
 */
package bpdiff.diff;
