package bpdiff.program.run;

/**
 * The array of axes that {@code plt.subplots(rows, columns)} returns: indexing, iterating, {@code .flat} and
 * {@code .flatten()} give ignored axes, so that plotting code over a grid runs and draws nothing.
 *
 * @param rows its rows (1 for a single row or column)
 * @param columns its columns
 * @param twoDimensional whether it is indexed {@code axes[i, j]} (rows and columns both above 1)
 */
public record PyIgnoredGrid(int rows, int columns, boolean twoDimensional) implements Value {

    @Override
    public String typeName() {
        return "numpy.ndarray";
    }
}
