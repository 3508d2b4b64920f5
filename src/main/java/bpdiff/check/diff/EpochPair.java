package bpdiff.check.diff;

/**
 * One parameter of both programs at one epoch.
 *
 * @param epoch the epoch, from 1
 * @param gradientA the gradient program A subtracts
 * @param gradientB program B's
 * @param truthA autograd's gradient of A's loss at A's weights
 * @param truthB autograd's gradient of B's loss at B's weights
 * @param weightsA A's weights when the epoch starts, or {@code null}
 * @param weightsB B's, or {@code null}
 * @param updatedA the weights A's update makes, or {@code null}
 * @param updatedB B's, or {@code null}
 * @param rightA whether A's gradient is autograd's
 * @param rightB whether B's is
 * @param differs whether the two gradients or the two updated weights differ
 */
public record EpochPair(int epoch, double[] gradientA, double[] gradientB, double[] truthA, double[] truthB,
        double[] weightsA, double[] weightsB, double[] updatedA, double[] updatedB, boolean rightA, boolean rightB,
        boolean differs) {}
