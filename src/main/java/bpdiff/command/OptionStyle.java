package bpdiff.command;

/**
 * How an option is named where it was given, in the {@code (where)} of a message: as a flag of the command line or
 * as a field of an API request's body.
 */
public enum OptionStyle {
    /** {@code --epochs}. */
    COMMAND_LINE,
    /** {@code epochs}: the field of a request body, the flag without its dashes. */
    API;

    /**
     * The option's name as it was given.
     *
     * @param option its name without dashes, e.g. {@code epochs}
     * @return {@code --epochs} or {@code epochs}
     */
    public String name(String option) {
        return this == COMMAND_LINE ? "--" + option : option;
    }
}
