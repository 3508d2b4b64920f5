package bpdiff.cli;

import bpdiff.check.NetworkNames;
import bpdiff.network.Activation;
import bpdiff.network.NetworkSpec;
import bpdiff.program.syntax.MathFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What {@code bpdiff check --names} prints: the names a formula list may use for a network. */
final class NamesText {

    private NamesText() {}

    /** @return the text, ending with a newline */
    static String of(NetworkSpec network) {
        NetworkNames n = new NetworkNames(network);
        List<String> derivatives = n.derivativeNames();
        StringBuilder text = new StringBuilder();
        text.append("Names a derivation may use for network ").append(network.name()).append(":\n");
        text.append("  inputs          ").append(String.join(", ", n.inputs())).append('\n');
        text.append("  targets         ").append(String.join(", ", n.targets())).append('\n');
        text.append("  parameters      ").append(String.join(", ", n.parameters())).append('\n');
        text.append("  forward         ").append(String.join(", ", n.forward())).append('\n');
        text.append("  learning rate   ").append(String.join(", ", NetworkNames.LEARNING_RATE)).append('\n');
        text.append("Activations, hidden layers first:\n");
        List<String> neurons = new ArrayList<>();
        for (int l = 1; l <= network.layerCount(); l++) {
            List<String> layer = new ArrayList<>();
            for (int j = 0; j < network.layerSizes()[l]; j++) {
                layer.add(network.neuronName(l, j));
            }
            neurons.add(String.join(", ", layer.size() > 4 ? List.of(layer.get(0), "…", layer.get(layer.size() - 1))
                    : layer));
        }
        int width = neurons.stream().mapToInt(String::length).max().orElse(0);
        for (int l = 1; l <= network.layerCount(); l++) {
            Activation a = network.activation(l);
            text.append(String.format(Locale.ROOT, "  %-" + width + "s  %-15s  %s%n", neurons.get(l - 1), a.id(),
                    a.rule()));
        }
        text.append("Derivatives that are checked (any other assigned name is a helper):\n");
        text.append("  d_<parameter>                  dL/d<parameter>: ")
                .append(String.join(", ", derivatives.stream().filter(d -> n.parameters().contains(d.substring(2))
                        && d.startsWith("d_")).toList())).append('\n');
        text.append("  d_<neuron>, d_out_<neuron>     dL/dout: ")
                .append(String.join(", ", derivatives.stream().filter(d -> d.startsWith("d_")
                        && !n.parameters().contains(d.substring(2))).toList())).append('\n');
        text.append("  delta_<neuron>, d_in_<neuron>  dL/din (the lecture's delta): ")
                .append(String.join(", ", derivatives.stream().filter(d -> d.startsWith("delta_")).toList()))
                .append('\n');
        text.append("Functions: ").append(String.join(" ", MathFunction.ids()))
                .append(" (prefixes np., math., torch. are ignored)\n");
        return text.toString();
    }
}
