package bpdiff.program.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * CPython's stack of indentation columns (Parser/tokenizer.c). A logical line's indentation is measured twice:
 * with tabs to the next multiple of 8 ({@code col}) and with tabs as one column ({@code altcol}); the two
 * measures must order the lines the same way, else the indentation depends on the tab size and CPython raises
 * {@code TabError}. Compared with the top of the stack, a deeper line opens one block (INDENT), a shallower one
 * closes blocks (DEDENT) until it matches an enclosing level exactly.
 */
final class IndentStack {

    /** CPython's limit on nested blocks (MAXINDENT). */
    static final int MAX_DEPTH = 100;

    static final String TAB_ERROR = "TabError: inconsistent use of tabs and spaces in indentation";

    /**
     * What a line's indentation does.
     *
     * @param change +1 for a new block, −k for k closed blocks, 0 for the same block
     * @param error what is wrong, or {@code null}
     */
    record Step(int change, String error) {}

    private final List<int[]> levels = new ArrayList<>(List.of(new int[] {0, 0}));
    /** Whether a line was already reported for opening more than {@value #MAX_DEPTH} blocks. */
    private boolean tooDeep;

    /**
     * @param col the indentation with tabs to multiples of 8
     * @param altcol the indentation with tabs as one column
     * @return the blocks opened or closed, and the error if any
     */
    Step step(int col, int altcol) {
        int[] top = levels.get(levels.size() - 1);
        if (col == top[0]) {
            return new Step(0, altcol != top[1] ? TAB_ERROR : null);
        }
        if (col > top[0]) {
            levels.add(new int[] {col, altcol});
            if (levels.size() > MAX_DEPTH) {
                // once: CPython's tokenizer stops at the first line too deep, the lines deeper still are not errors
                // of their own
                String error = tooDeep ? null : "IndentationError: too many levels of indentation";
                tooDeep = true;
                return new Step(1, error);
            }
            return new Step(1, altcol <= top[1] ? TAB_ERROR : null);
        }
        int closed = 0;
        while (levels.size() > 1 && col < levels.get(levels.size() - 1)[0]) {
            levels.remove(levels.size() - 1);
            closed++;
        }
        top = levels.get(levels.size() - 1);
        if (col != top[0]) {
            // as if a block had been opened at this column, so that the lines after it are read as one block
            levels.add(new int[] {col, altcol});
            return new Step(-closed, "syntax error: this line's indentation matches no enclosing block (unindent "
                    + "does not match any outer indentation level)");
        }
        return new Step(-closed, altcol != top[1] ? TAB_ERROR : null);
    }

    /** @return how many blocks are open */
    int depth() {
        return levels.size() - 1;
    }
}
