package bpdiff.check.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which variable names claim to hold a derivative, and of what. A claim names the variable {@code X} it is
 * \( \partial L / \partial X \) of; the first of the candidates that the line can see is the one meant.
 *
 * <ul>
 *   <li>{@code d_X}, {@code dX} ({@code dW2}, {@code dw5}, {@code dz1}), {@code dL_dX}, {@code dLdX},
 *       {@code grad_X}: \( \partial L / \partial X \); for {@code d_X} also \( \partial L / \partial out_X \), so
 *       {@code d_o1 = out_o1 - y1} reads as in the homework;
 *   <li>{@code d_out_X} and {@code d_in_X}: \( \partial L / \partial out_X \) and \( \partial L / \partial in_X \);
 *   <li>{@code delta_X}, {@code deltaX}: the lecture's \( \delta = \partial L / \partial in_X \), or of
 *       {@code z_X}, {@code zX}, {@code net_X} (the pre-activation in matrix code: {@code delta2} is
 *       \( \partial L / \partial z_2 \)).
 * </ul>
 */
public final class ClaimNames {

    /** The loss's usual names, tried when {@code --loss-name} is not given. */
    public static final Set<String> LOSS_NAMES = Set.of("loss", "L", "E", "E_total", "error", "cost", "J");

    private ClaimNames() {}

    /**
     * @param name a variable
     * @return whether its assignments are worth watching: it may claim a derivative
     */
    public static boolean isWatched(String name) {
        // every form below but grad_X starts with d and has more after it; asked at every assignment of a run
        return name.length() > 1 && name.charAt(0) == 'd' || name.length() > 5 && name.startsWith("grad_");
    }

    /**
     * The variables a name may claim the derivative of, in the order they are tried.
     *
     * @param name an assigned variable
     * @return the candidates; empty if the name claims nothing
     */
    public static List<String> targets(String name) {
        List<String> targets = new ArrayList<>();
        if (name.startsWith("d_out_")) {
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
        } else if (name.startsWith("dL_d") || name.startsWith("dLd") || name.startsWith("grad_")) {
            targets.add(name.substring(name.startsWith("dL_d") ? 4 : name.startsWith("dLd") ? 3 : 5));
        } else if (name.startsWith("d_")) {
            String x = name.substring(2);
            targets.add(x);
            targets.add("out_" + x);
        } else if (name.length() > 1 && name.startsWith("d") && Character.isLetter(name.charAt(1))) {
            targets.add(name.substring(1));
        }
        targets.removeIf(String::isEmpty);
        return targets;
    }

    /**
     * @param name an assigned variable
     * @return whether it is written as a claim ({@code d_…}, {@code delta…}, {@code dX} with a capital,
     *     {@code grad_…}); a lowercase {@code dx} is a claim only when {@code x} is a variable
     */
    public static boolean isExplicit(String name) {
        return name.startsWith("d_") || name.startsWith("delta") || name.startsWith("grad_")
                || name.startsWith("dL_d") || name.startsWith("dLd")
                || name.length() > 1 && name.charAt(0) == 'd' && Character.isUpperCase(name.charAt(1));
    }
}
