#!/usr/bin/env python3
"""Homework 2 as course handouts hand it out (Jupyter notebooks), and how IPython itself reads their code cells.

Provenance
----------
Writes nbformat 4.5 notebooks made from the example programs of
examples/programs/ (their lines unchanged, split into code cells at their
top-level definitions, markdown cells between them, the `if __name__ ==
"__main__":` block's body dedented into cells of its own, as a handout has
them), with the IPython lines handouts carry (`!pip install numpy`,
`%matplotlib inline`).  Then, for every notebook it writes and every notebook
under src/test/resources/notebooks/, it asks IPython 8 (this script must run
under a Python with IPython; the project's pyenv python3 has 8.12.3) how it
reads each code cell: `IPython.core.inputtransformer2.TransformerManager()
.transform_cell(source)`, the transformation Jupyter's kernel applies before
Python compiles the cell; and CPython's own compile() of that transformed
source, for a cell's syntax error.  Nothing of bpdiff is involved.

The reference, one JSON file per notebook (reference-results/notebooks/):

  cells     one entry per code cell:
    cell        1-based index among all the notebook's cells
    lines       how many lines the cell's source has
    cellMagic   the cell magic IPython runs the cell with (`%%time` -> "time"), or null
    python      per cell line, the line IPython hands to Python (null for the
                leading blank lines it drops and a cell magic's line); absent
                for a cell magic other than %%time and %%capture, whose body
                IPython runs as Python (read as a cell of its own)
    ipython     per cell line, whether IPython made it a get_ipython() call
                (a magic, a shell command, a help request, or a line a
                trailing backslash joins to one: python null); absent as python is
    call        per cell line, the get_ipython() call IPython made of it, or null
    syntaxError CPython's SyntaxError compiling the transformed cell alone:
                {"message", "line", "column"} (line in the cell, column 1-based), or null

Usage:  python3 tools/notebooks.py            (writes the notebooks and references)
        python3 tools/notebooks.py --check    (fails if any committed file would change)
"""

import argparse
import ast
import json
import os
import platform
import sys

import IPython
from IPython.core.inputtransformer2 import TransformerManager

SCHEMA = "bpdiff.notebook-reference/1"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join("src", "test", "resources", "notebooks")
REFERENCES = os.path.join("reference-results", "notebooks")


def source(text):
    """nbformat's multi-line string as Jupyter writes it: one string per line, each but the last ending in \\n."""
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def code(text, n):
    return {"cell_type": "code", "execution_count": None, "id": "code-%02d" % n, "metadata": {}, "outputs": [],
            "source": source(text)}


def markdown(text, n):
    return {"cell_type": "markdown", "id": "md-%02d" % n, "metadata": {}, "source": source(text)}


def notebook(cells):
    numbered = []
    for n, (kind, text) in enumerate(cells, start=1):
        numbered.append(code(text, n) if kind == "code" else markdown(text, n))
    return {"cells": numbered,
            "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                        "name": "python3"},
                         "language_info": {"name": "python", "version": "3.11.2"}},
            "nbformat": 4, "nbformat_minor": 5}


def parts(path):
    """A program's top-level parts: the imports, each definition, and the main block's body, as lines."""
    text = open(os.path.join(ROOT, path), encoding="utf-8").read()
    lines = text.split("\n")
    tree = ast.parse(text)
    found = {}
    for node in tree.body:
        start = node.lineno - 1 - len(getattr(node, "decorator_list", []))
        chunk = lines[start:node.end_lineno]
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.setdefault("imports", []).extend(chunk)
        elif isinstance(node, ast.FunctionDef):
            found[node.name] = chunk
        elif isinstance(node, ast.If):
            body = lines[node.body[0].lineno - 1:node.end_lineno]
            found["main"] = [line[4:] if line.startswith("    ") else line for line in body]
    return found


def split_main(main):
    """The main block's body: the settings, the training loop, the plot (at the blank line / `for` / `plt.`)."""
    loop = next(k for k, line in enumerate(main) if line.startswith("for "))
    plot = next(k for k, line in enumerate(main) if line.startswith("plt."))
    settings = main[:loop]
    while settings and not settings[-1].strip():
        settings.pop()
    training = main[loop:plot]
    while training and not training[-1].strip():
        training.pop()
    return settings, training, main[plot:]


def handout(path, title):
    p = parts(path)
    settings, training, plot = split_main(p["main"])
    return notebook([
        ("markdown", "# " + title + "\n\nThe lecture's network: inputs x1, x2, hidden neurons h1, h2, outputs o1, o2,"
                     " all sigmoid, loss E = ½(o1 − y1)² + ½(o2 − y2)².\n"
                     "Run every cell in order."),
        ("code", "!pip install numpy"),
        ("code", "%matplotlib inline\n" + "\n".join(p["imports"])),
        ("markdown", "## The activation\n\nσ(z) = 1 / (1 + e^(−z))."),
        ("code", "\n".join(p["sigmoid"])),
        ("markdown", "## Forward pass (正向传播)"),
        ("code", "\n".join(p["forward_propagate"])),
        ("markdown", "## Backward pass (反向传播)\n\nFill in d_w1 … d_w8: the derivative of the loss with respect"
                     " to each weight."),
        ("code", "\n".join(p["back_propagate"])),
        ("markdown", "## Gradient descent (梯度下降)"),
        ("code", "\n".join(p["update_w"])),
        ("markdown", "## Training"),
        ("code", "\n".join(settings)),
        ("code", "\n".join(training)),
        ("markdown", "## The loss"),
        ("code", "\n".join(plot)),
    ])


def with_syntax_error(nb):
    """The handout with the training cell's last line missing its closing bracket, as a student leaves it: the
    next code cell must not be read as its continuation."""
    nb = json.loads(json.dumps(nb))
    cell = next(c for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).startswith("for i"))
    lines = "".join(cell["source"]).split("\n")
    assert lines[-1].endswith(")")
    lines[-1] = lines[-1][:-1]
    cell["source"] = source("\n".join(lines))
    return nb


def with_magics(nb):
    """The handout with the IPython a notebook also has: a cell magic that runs the cell (%%time), one that makes
    it no Python (%%bash, %%writefile), %time before a statement, help requests, a shell command's output assigned,
    a % operator starting a line inside brackets, and a cell whose every line IPython un-indents."""
    nb = json.loads(json.dumps(nb))
    cells = nb["cells"]

    def find(start):
        return next(k for k, c in enumerate(cells) if c["cell_type"] == "code"
                    and "".join(c["source"]).startswith(start))

    k = find("w1, w2")
    settings = "".join(cells[k]["source"])
    cells[k]["source"] = source("\n".join("  " + line if line else line for line in settings.split("\n")))
    k = find("for i in range(N):")
    training = "".join(cells[k]["source"]).split("\n")
    training = ["%%time"] + [("    %time " + line.strip()) if "= forward_propagate(" in line else line
                             for line in training]
    training.insert(1, "files = !ls")
    training.append('print("%d epochs of step %s"\n      % (N, step))')
    cells[k]["source"] = source("\n".join(training))
    k = find("def sigmoid")
    cells.insert(k + 1, code("np.exp?\n?np.dot\nprint(sigmoid(0.0))  # is it ½?", 90))
    cells.insert(k + 2, code("%%bash\necho the weights are w1 .. w8", 91))
    cells.insert(k + 3, code("%%writefile helper.py\ndef helper():\n    return 1", 92))
    return nb


def align(number, lines, manager):
    """IPython's reading of some lines, line for line: what it hands to Python, and which it makes its own calls."""
    text = "\n".join(lines)
    transformed = manager.transform_cell(text)
    first = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    tail = transformed.split("\n")
    if tail and tail[-1] == "":
        tail.pop()
    python, ipython, call = [None] * first, [False] * first, [None] * first
    k, t = first, 0
    while k < len(lines):
        if t == len(tail):
            python.append("" if not lines[k].strip() else None)
            ipython.append(False)
            call.append(None)
            k += 1
            continue
        escaped = "get_ipython()" in tail[t] and "get_ipython()" not in lines[k]
        python.append(tail[t])
        ipython.append(escaped)
        call.append(tail[t].strip() if escaped else None)
        # IPython joins the lines a trailing backslash continues an escaped command with into its one call
        while escaped and lines[k].endswith("\\") and k + 1 < len(lines):
            k += 1
            python.append(None)
            ipython.append(True)
            call.append(None)
        k += 1
        t += 1
    if t != len(tail) or None in python[first:] and not any(ipython):
        raise SystemExit("cell %d: IPython's lines do not align with the cell's" % number)
    return python, ipython, call, transformed, first


def ipython_lines():
    """Cells where IPython's own syntax and Python's meet: a % or ! inside a string, inside brackets, after a
    backslash; magics indented in a block; help requests; comments and strings that end in ?; leading blank lines
    and indentation; the cell magics."""
    cells = [
        ("markdown", "Where IPython finds its own syntax, and where it leaves Python alone."),
        ("code", "s = \'\'\'\n%notmagic\n!not a command\n\'\'\'\nprint(s)"),
        ("code", "x = (10\n     % 3)\nprint(\"%d items\"\n      % x)"),
        ("code", "a = 5 \\\n%3"),
        ("code", "if True:\n    pass\n%ls"),
        ("code", "print?\n??print\nx = 1  # why?\ny = \"why?\""),
        ("code", "\n".join([r"r = r'\\'", 't = "a # b ("', 'u = f"{x!r} ["', "v = b'%d' % 3"])),
        ("code", "    %matplotlib inline\n    y = 2\n    if y:\n        y = 3"),
        ("code", "\n\n%%time\nz = 1\n%time z = 2"),
        ("code", "%%capture out\nprint(1)"),
        ("code", "%%timeit\nz = 1"),
        ("code", "names = !ls\nw, h = %pwd\nself_x = 1"),
        ("code", "def f():\n    !echo hi\n    return 1"),
        ("code", "for k in range(2):\n    %time z = k\n    z = z + 1"),
        ("code", "q = \"\"\"\n!not a command\n\"\"\"\nd = {\n    'a': 1,\n}\n%who"),
        ("code", "!pip install \\\n    numpy \\\n    matplotlib\nn = 1"),
        ("code", "if n:\n    %ls \\\n        -la\n    n = 2"),
    ]
    return notebook(cells)


def ipython_reading(nb):
    """How IPython reads each code cell, and CPython's syntax error in the transformed cell."""
    manager = TransformerManager()
    cells = []
    for number, cell in enumerate(nb["cells"], start=1):
        if cell["cell_type"] != "code":
            continue
        text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        lines = text.split("\n")
        entry = {"cell": number, "lines": len(lines), "cellMagic": None}
        transformed = manager.transform_cell(text)
        first = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
        if first < len(lines) and transformed.startswith("get_ipython().run_cell_magic("):
            magic = ast.parse(transformed).body[0].value
            entry["cellMagic"] = ast.literal_eval(magic.args[0])
            if entry["cellMagic"] in ("time", "capture"):
                # these run their body as Python, after IPython's transform_cell of it (ExecutionMagics.time,
                # run_cell for capture): the body's lines are read as a cell's
                python, ipython, call, body, skipped = align(number, lines[first + 1:], manager)
                entry["python"] = [None] * (first + 1) + python
                entry["ipython"] = [False] * first + [True] + ipython
                entry["call"] = [None] * first + [transformed.strip()] + call
                transformed = body
                first += 1 + skipped
        else:
            python, ipython, call, transformed, first = align(number, lines, manager)
            entry["python"], entry["ipython"], entry["call"] = python, ipython, call
        entry["syntaxError"] = None
        try:
            compile(transformed, "cell", "exec")
        except SyntaxError as e:
            shift = 0 if entry["cellMagic"] and "python" not in entry else first
            entry["syntaxError"] = {"message": e.msg, "line": e.lineno + shift, "column": e.offset}
        cells.append(entry)
    return {"schema": SCHEMA,
            "provenance": {"tool": "tools/notebooks.py", "ipython": IPython.__version__,
                           "python": platform.python_version(),
                           "what": "IPython's TransformerManager().transform_cell of each code cell (and of the"
                                   " body of a %%time or %%capture cell, which IPython runs as Python), and"
                                   " CPython's compile() of the result"},
            "cells": cells}


def dump(obj):
    return json.dumps(obj, indent=1, ensure_ascii=False) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if a committed file would change")
    args = parser.parse_args()
    published = handout("examples/programs/homework2-published.py",
                        "Homework 2 (作业2): backpropagation by hand, as published")
    corrected = handout("examples/programs/homework2-corrected.py",
                        "Homework 2 (作业2): backpropagation by hand, corrected")
    written = {
        "examples/programs/homework2-published.ipynb": published,
        os.path.join(TESTS, "homework2-published.ipynb"): published,
        os.path.join(TESTS, "homework2-corrected.ipynb"): corrected,
        os.path.join(TESTS, "homework2-syntax-error.ipynb"): with_syntax_error(published),
        os.path.join(TESTS, "homework2-magics.ipynb"): with_magics(corrected),
        os.path.join(TESTS, "ipython-lines.ipynb"): ipython_lines(),
    }
    files = {path: dump(nb) for path, nb in written.items()}
    for path, text in list(files.items()):
        if path.startswith(TESTS):
            name = os.path.splitext(os.path.basename(path))[0]
            files[os.path.join(REFERENCES, name + ".json")] = dump(ipython_reading(json.loads(text)))
    changed = []
    for path, text in sorted(files.items()):
        full = os.path.join(ROOT, path)
        old = open(full, encoding="utf-8").read() if os.path.exists(full) else None
        if old != text:
            changed.append(path)
            if not args.check:
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, "w", encoding="utf-8") as f:
                    f.write(text)
    for path in changed:
        print(("would change " if args.check else "wrote ") + path)
    if args.check and changed:
        sys.exit(1)


if __name__ == "__main__":
    main()
