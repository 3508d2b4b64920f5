#!/usr/bin/env python3
"""What real Python and numpy print for the interpreter's semantics tests.

Provenance
----------
Runs every program in src/test/resources/program-semantics/ with CPython and
numpy (matplotlib replaced by a stub that ignores every call, as bpdiff does)
and records what each prints.  bpdiff's interpreter runs the same programs and
its printed numbers are held to these (InterpreterSemanticsTest): broadcasting,
@, dot, outer, sums over axes, indexing, Python's integer and float rules,
formatting, loops, functions and in-place updates.

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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="reference-results/python")
    args = parser.parse_args()
    stub_matplotlib()
    programs = {}
    for name in sorted(os.listdir(PROGRAMS)):
        if name.endswith(".py"):
            programs[name] = run(os.path.join(PROGRAMS, name))
    doc = {
        "schema": SCHEMA,
        "provenance": {
            "generator": "tools/numpy_semantics.py",
            "command": COMMAND,
            "python": platform.python_version(),
            "numpy": numpy.__version__,
            "description": "What CPython and numpy print for each program of " + PROGRAMS + ".",
        },
        "programs": programs,
    }
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "numpy-semantics.json")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    print("wrote %s (%d programs)" % (path, len(programs)))


if __name__ == "__main__":
    main()
