#!/usr/bin/env python3
"""What real Python and numpy print for the interpreter's semantics tests.

Provenance
----------
Runs every program in src/test/resources/program-semantics/ with CPython and
numpy (matplotlib replaced by a stub that ignores every call, as bpdiff does)
and records what each prints.  bpdiff's interpreter runs the same programs and
its printed numbers are held to these (InterpreterSemanticsTest): broadcasting,
@, dot, outer, sums over axes, indexing, Python's integer and float rules,
formatting, loops, functions and in-place updates; dtypes, reductions with
axis and ddof, masks and integer-array indexing, joining, np.random's legacy
draws, the elementwise functions and constructors of the numpy subset, and
scipy.special's expit and logit.

The programs of src/test/resources/numpy-printing/ are run the same way into
numpy-printing.json: there bpdiff must print numpy's text character for
character (NumpyPrintingTest): str and repr of arrays, floats, ints and bools,
1-D and 2-D, wrapped and summarised, np.round's output, seeded draws.

Usage:  python3 tools/numpy_semantics.py [--out reference-results/python]
"""

import argparse
import contextlib
import io
import json
import os
import platform
import sys
import types

import numpy

SCHEMA = "bpdiff.python-semantics/1"
PROGRAMS = "src/test/resources/program-semantics"
PRINTING = "src/test/resources/numpy-printing"
COMMAND = "python3 tools/numpy_semantics.py --out reference-results/python"


def stub_matplotlib():
    """A matplotlib whose every attribute is a function that does nothing."""
    pyplot = types.ModuleType("matplotlib.pyplot")
    pyplot.__getattr__ = lambda name: (lambda *args, **kwargs: None)
    package = types.ModuleType("matplotlib")
    package.pyplot = pyplot
    sys.modules["matplotlib"] = package
    sys.modules["matplotlib.pyplot"] = pyplot


def run(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(text, path, "exec"), {"__name__": "__main__"})
    return out.getvalue().splitlines()


def write(out, folder, file_name):
    programs = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py"):
            programs[name] = run(os.path.join(folder, name))
    doc = {
        "schema": SCHEMA,
        "provenance": {
            "generator": "tools/numpy_semantics.py",
            "command": COMMAND,
            "python": platform.python_version(),
            "numpy": numpy.__version__,
            "description": "What CPython and numpy print for each program of " + folder + ".",
        },
        "programs": programs,
    }
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, file_name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    print("wrote %s (%d programs)" % (path, len(programs)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="reference-results/python")
    args = parser.parse_args()
    stub_matplotlib()
    write(args.out, PROGRAMS, "numpy-semantics.json")
    write(args.out, PRINTING, "numpy-printing.json")


if __name__ == "__main__":
    main()
