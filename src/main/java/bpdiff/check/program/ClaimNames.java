package bpdiff.check.program;

import java.util.ArrayList;
import java.util.List;

/**
 * Which variable names claim to hold a derivative, and of what. A claim names the variable {@code X} it is
 * \( \partial L / \partial X \) of. Names are ambiguous ({@code d_o1} is written for
 * \( \partial L / \partial out_{o1} \) in the homework and for \( \partial L / \partial in_{o1} \) in courses that
 * call the pre-activation's gradient {@code d_o1}), so a name has readings, tried in order; the claim is right when
 * one reading the line can see agrees with autograd, and the report says which.
 *
 * <ul>
 *   <li>{@code d_X}, {@code dX} ({@code dW2}, {@code dw5}, {@code dz1}), {@code grad_X}: \( \partial L / \partial X \),
 *       \( \partial L / \partial out_X \) or \( \partial L / \partial in_X \);
 *   <li>{@code dL_dX}, {@code dLdX} (also with {@code E}, {@code J}, {@code loss}, {@code cost} for {@code L}):
 *       \( \partial L / \partial X \);
 *   <li>{@code d_out_X} and {@code d_in_X}: \( \partial L / \partial out_X \) and \( \partial L / \partial in_X \);
 *   <li>{@code grads['X']}, {@code grads['dX']} (an entry of a dict named {@code grad…}): \( \partial L / \partial X \);
 *   <li>{@code delta_X}, {@code deltaX}: the lecture's \( \delta = \partial L / \partial in_X \), or of
 *       {@code z_X}, {@code zX}, {@code net_X} (the pre-activation in matrix code: {@code delta2} is
 *       \( \partial L / \partial z_2 \)).
 * </ul>
 *
 * <p>A name of these forms whose readings name no variable the line can see is a helper (a partial product such as
 * {@code delta_h} or {@code grad_out}); it is shown as one and checked through the gradients it feeds.
 */
public final class ClaimNames {

    /** The names a derivative's numerator takes in {@code dL_dX}-style names. */
    private static final List<String> NUMERATORS = List.of("L", "E", "J", "loss", "Loss", "cost", "error");

    private ClaimNames() {}

    /**
     * @param name a variable
     * @return whether its assignments are worth watching: it may claim a derivative
     */
    public static boolean isWatched(String name) {
        // every form below but grad_X starts with d and has more after it; asked at every assignment of a run
        return name.length() > 1 && name.charAt(0) == 'd' || name.length() > 5 && name.startsWith("grad_")
                || entryKey(name) != null;
    }

    /**
     * The key of a gradient dict's entry ({@code grads['W1']}, {@code gradients['dW1']}: a dict whose name starts with
     * {@code grad}, under a string key), or null.
     */
    private static String entryKey(String name) {
        int open = name.indexOf("['");
        return open >= 4 && name.startsWith("grad") && name.endsWith("']") && name.indexOf('[', open + 1) < 0
                && open + 2 < name.length() - 2 ? name.substring(open + 2, name.length() - 2) : null;
    }

    /**
     * The variables a name may claim the derivative of, in the order they are tried.
     *
     * @param name an assigned variable, or an element of one ({@code dw[2]} reads as {@code w[2]})
     * @return the readings; empty if the name claims nothing
     */
    public static List<String> targets(String name) {
        return READINGS.computeIfAbsent(name, ClaimNames::readings);
    }

    /** The readings of every name asked about: a program asks about the same few names at every epoch. */
    private static final java.util.Map<String, List<String>> READINGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<String> readings(String name) {
        String key = entryKey(name);
        if (key != null) {
            // grads['W1'] claims ∂L/∂W1, grads['dW1'] as dW1 does
            return isExplicit(key) ? readings(key) : List.of(key);
        }
        int bracket = name.indexOf('[');
        if (bracket > 0) {
            String index = name.substring(bracket);
            return readings(name.substring(0, bracket)).stream().map(t -> t + index).toList();
        }
        List<String> targets = new ArrayList<>();
        String quotient = quotient(name);
        if (quotient != null) {
            targets.add(quotient);
        } else if (name.startsWith("d_out_")) {
            targets.add("out_" + name.substring(6));
        } else if (name.startsWith("d_in_")) {
            targets.add("in_" + name.substring(5));
        } else if (name.startsWith("delta")) {
            String x = name.startsWith("delta_") ? name.substring(6) : name.substring(5);
            if (!x.isEmpty()) {
                for (String prefix : new String[] {"in_", "z_", "z", "net_", "Z", "Z_"}) {
                    targets.add(prefix + x);
                }
            }
        } else if (name.startsWith("grad_") || name.startsWith("d_")) {
            readings(name.substring(name.startsWith("grad_") ? 5 : 2), targets);
        } else if (name.length() > 1 && name.startsWith("d") && Character.isLetter(name.charAt(1))) {
            readings(name.substring(1), targets);
        }
        targets.removeIf(t -> t.isEmpty() || t.equals("out_") || t.equals("in_"));
        return List.copyOf(targets);
    }

    /** {@code X}, then {@code out_X} and {@code in_X}. */
    private static void readings(String x, List<String> targets) {
        targets.add(x);
        if (!x.startsWith("out_") && !x.startsWith("in_")) {
            targets.add("out_" + x);
            targets.add("in_" + x);
        }
    }

    /** The {@code X} of {@code dL_dX} or {@code dLdX} (any numerator of {@link #NUMERATORS}), or null. */
    private static String quotient(String name) {
        for (String numerator : NUMERATORS) {
            String underscored = "d" + numerator + "_d";
            if (name.startsWith(underscored) && name.length() > underscored.length()) {
                return name.substring(underscored.length());
            }
            String joined = "d" + numerator + "d";
            if (name.startsWith(joined) && name.length() > joined.length()
                    && !Character.isLowerCase(numerator.charAt(0))) {
                return name.substring(joined.length());
            }
        }
        return null;
    }

    /**
     * @param name an assigned variable
     * @return whether it is written as a claim ({@code d_…}, {@code delta…}, {@code dX} with a capital,
     *     {@code grad_…}); a lowercase {@code dx} is a claim only when {@code x} is a variable
     */
    public static boolean isExplicit(String name) {
        return name.startsWith("d_") || name.startsWith("delta") || name.startsWith("grad_") || quotient(name) != null
                || name.length() > 1 && name.charAt(0) == 'd' && Character.isUpperCase(name.charAt(1));
    }
}
