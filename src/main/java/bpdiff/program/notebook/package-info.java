/**
 * Jupyter notebooks as programs: a notebook's code cells, read with Jackson ({@link
 * bpdiff.program.notebook.NotebookReader}), with IPython's own syntax left out ({@link
 * bpdiff.program.notebook.IPythonLines}), run in order as one program whose every line names its cell and the line in
 * it ({@link bpdiff.program.notebook.NotebookLines}). {@code docs/notebooks.md} describes the format for users.
 */
package bpdiff.program.notebook;
