package bpdiff.cli;

import bpdiff.BadInputException;
import bpdiff.network.Activation;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine;

/**
 * The value of {@code --activation}: one activation name for every computed layer ({@code relu}), or one per computed
 * layer, comma separated, hidden layers first ({@code relu,identity}), as a network file's {@code "activation"} is
 * one name or an array. The option names {@link Converter} itself, so that every command line reading it (not only
 * {@link Main}'s) turns a bad name into exit 2 naming the flag; whether the count fits the network is
 * {@link bpdiff.command.NetworkSettings}'s to check.
 *
 * @param activations the names read, in order
 */
record ActivationList(List<Activation> activations) {

    /** Makes the list unmodifiable. */
    ActivationList {
        activations = List.copyOf(activations);
    }

    /**
     * Reads the flag's value. Every name counts, an empty one too ({@code relu,} is a mistake, not {@code relu}).
     *
     * @param text e.g. {@code relu,identity}
     * @throws BadInputException for an unknown (or empty) name
     */
    static ActivationList parse(String text) {
        return new ActivationList(Activation.parseList(text, null));
    }

    /** {@link #parse} as picocli's converter: its {@link BadInputException} becomes a conversion error naming the flag. */
    static final class Converter implements CommandLine.ITypeConverter<ActivationList> {

        @Override
        public ActivationList convert(String text) {
            try {
                return parse(text);
            } catch (BadInputException e) {
                throw new CommandLine.TypeConversionException(e.problem());
            }
        }
    }

    /** The names picocli lists for {@code ${COMPLETION-CANDIDATES}}: every activation's. */
    static final class Names implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Activation.values()).map(Activation::id).iterator();
        }
    }
}
