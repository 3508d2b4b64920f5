package bpdiff;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A member of a fixed set with a name of its own: the word written on the command line, in network files and in
 * JSON ({@code builtin-sigmoid}, {@code float32}), which is also its {@code toString()}, so that picocli lists the
 * words as completion candidates and converts them back.
 */
public interface Identified {

    /** @return the word that names it on the command line, in files and in JSON */
    String id();

    /**
     * Finds a member of an enum by its word.
     *
     * @param type the enum
     * @param id the word
     * @param what what the enum is, for the message, e.g. {@code activation}
     * @param where where the word was written, e.g. {@code --activation}
     * @param <E> the enum
     * @return the member
     * @throws BadInputException naming the word, the words there are, and where
     */
    static <E extends Enum<E> & Identified> E parse(Class<E> type, String id, String what, String where) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        throw new BadInputException("unknown " + what + " '" + id + "', expected one of " + ids(type), where);
    }

    /**
     * The words of an enum.
     *
     * @param type the enum
     * @param <E> the enum
     * @return them in declaration order, comma separated
     */
    static <E extends Enum<E> & Identified> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Identified::id).collect(Collectors.joining(", "));
    }
}
