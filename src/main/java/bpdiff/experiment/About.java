package bpdiff.experiment;

import java.util.List;

/**
 * What an experiment is, before it runs.
 *
 * @param id the id used by {@code bpdiff run --only}, e.g. {@code relu}
 * @param title the report section's title
 * @param description one line for {@code bpdiff run --list}
 * @param question the homework question it answers
 * @param requires the experiments whose measurements it reads; the runner runs them first, also under
 *     {@code --only}
 */
public record About(String id, String title, String description, Question question, List<String> requires) {

    /** Copies the list. */
    public About {
        requires = List.copyOf(requires);
    }

    /**
     * An experiment that reads no other.
     *
     * @param description one line
     */
    public static About of(String id, String title, String description, Question question) {
        return new About(id, title, description, question, List.of());
    }
}
