package bpdiff.command;

/**
 * A checked text and its renderings: {@link #json()} is {@code bpdiff.check-program/1} or {@code bpdiff.check/1},
 * {@link #fragment()}'s script is {@link bpdiff.report.html.Page#script()}, and for a program also {@link
 * bpdiff.report.html.ProgramHtml#script()}.
 */
public sealed interface CheckOutcome extends Outcome permits ProgramOutcome, FormulaOutcome {

    /** @return whether everything checked matches and nothing was left unchecked (exit status 0) */
    @Override
    boolean passed();
}
