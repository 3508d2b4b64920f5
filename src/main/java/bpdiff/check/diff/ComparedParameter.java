package bpdiff.check.diff;

import java.util.List;

/**
 * One parameter compared over the epochs both programs ran.
 *
 * @param a its name in program A (a parameter, or one element of one)
 * @param b its name in program B
 * @param firstDifferent the first epoch at which the gradients or the updated weights differ, −1 if never
 * @param what what differs first: {@code gradient} or {@code updated weights}
 * @param largest the largest difference there, over the elements
 * @param firstWrongA the first epoch at which A's gradient is not autograd's, −1 if never
 * @param firstWrongB the same for B
 * @param lineA the line of A that computes the gradient
 * @param lineB the same of B
 * @param epochs the values at every epoch both ran
 */
public record ComparedParameter(String a, String b, int firstDifferent, String what, double largest, int firstWrongA,
        int firstWrongB, int lineA, int lineB, List<EpochPair> epochs) {

    /** Makes the list unmodifiable. */
    public ComparedParameter {
        epochs = List.copyOf(epochs);
    }

    /** @return whether the programs differ on it at some epoch */
    public boolean differs() {
        return firstDifferent > 0;
    }

    /** @return the name to show: A's, with B's after it where they differ */
    public String label() {
        return a.equals(b) ? a : a + " ~ " + b;
    }

    /** @return the epoch to show: the first differing one, else the first */
    public EpochPair shown() {
        return epochs.get(Math.max(0, firstDifferent - 1));
    }
}
