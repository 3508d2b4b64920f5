package bpdiff.experiment;

import bpdiff.gradient.HandDerivation;
import bpdiff.gradient.Precision;

/**
 * One three-way comparison (hand, autograd, finite differences) that an experiment ran; the
 * {@code summary} experiment counts them.
 *
 * @param experiment the id of the experiment that ran it
 * @param label what was compared, e.g. {@code relu float32}
 * @param derivation the hand derivation
 * @param dtype autograd's precision
 * @param epochs the epochs compared
 * @param agrees whether the verdict was {@code match}
 * @param maxHandVsAutograd \( \max |g_{hand} - g_{autograd}| \) over every epoch and parameter
 * @param maxNumericVsAutograd \( \max |g_{numeric} - g_{autograd}| \) over every epoch and reliable
 *     parameter
 */
public record ComparisonRecord(String experiment, String label, HandDerivation derivation, Precision dtype, int epochs,
        boolean agrees, double maxHandVsAutograd, double maxNumericVsAutograd) {}
