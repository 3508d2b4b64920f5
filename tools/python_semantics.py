#!/usr/bin/env python3
"""What CPython prints for bpdiff's Python semantics tests, and the syntax tree it reads.

Provenance
----------
Runs every program in src/test/resources/semantics/ with CPython 3.11 (matplotlib
and seaborn replaced by a stub that ignores every call, as bpdiff does; tqdm, when
it is not installed, by its effect on standard output: tqdm(it) iterates it and
trange(n) is range(n), the bar being drawn on standard error), each in a process
of its own, and writes to reference-results/python-semantics/:

  NAME.out       a header of '# ' lines, then exactly what the program wrote to
                 standard output; a program that ends with an exception names it in
                 the header ('# exception: Type: message (line N)', the line of the
                 innermost frame in the program, as CPython's traceback shows it; a
                 SystemExit whose code is None, 0 or False is a normal end, as
                 CPython exits with status 0 and no traceback);
  NAME.ast.json  the program's syntax tree as CPython's ast module reads it, every
                 node with its span in characters (line, column from 1, start and
                 end offsets in the text), so that bpdiff's interpreter can be held
                 to CPython before and apart from bpdiff's own parser; and its symbol
                 table as CPython's symtable module gives it (every block, every name
                 with its scope: LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL),
                 which SymbolsTest holds bpdiff's Symbols to.

PythonSemanticsTest runs each program in bpdiff's interpreter and compares what it
prints byte for byte, and the exception's type, message and line.

The programs of src/test/resources/scope-errors/ are not run: CPython's compiler
refuses each with a SyntaxError of its symbol table (a global after a use, a
nonlocal without a binding, ...). For each, NAME.out in scope-errors/ holds the
message and line, and NAME.ast.json its tree; SymbolsTest holds bpdiff's Symbols
to them.

The programs of src/test/resources/uncatchable-limits/ run until a limit of
bpdiff's stops them (inside try, finally or with); they are not run here, only
their trees are written (uncatchable-limits/NAME.ast.json), for LimitsTest.

Usage:  /usr/bin/python3 tools/python_semantics.py [--out reference-results/python-semantics]
"""

import argparse
import ast
import json
import os
import platform
import subprocess
import symtable
import sys

SCHEMA = "bpdiff.python-semantics/1"
PROGRAMS = "src/test/resources/semantics"
SCOPE_ERRORS = "src/test/resources/scope-errors"
LIMITS = "src/test/resources/uncatchable-limits"
COMMAND = "/usr/bin/python3 tools/python_semantics.py --out reference-results/python-semantics"

RUNNER = r'''
import contextlib, io, sys, traceback, types
pyplot = types.ModuleType("matplotlib.pyplot")
class Ignored:
    def __getattr__(self, name): return Ignored()
    def __call__(self, *a, **k): return Ignored()
    def __getitem__(self, k): return Ignored()
    def __setitem__(self, k, v): pass
    def __iter__(self): return iter([Ignored(), Ignored()])
def subplots(nrows=1, ncols=1, **kwargs):
    if nrows == 1 and ncols == 1:
        return Ignored(), Ignored()
    import numpy
    grid = numpy.empty((nrows, ncols), dtype=object)
    for i in range(nrows):
        for j in range(ncols):
            grid[i, j] = Ignored()
    return Ignored(), grid if nrows > 1 and ncols > 1 else grid.reshape(-1)
pyplot.__getattr__ = lambda name: Ignored()
pyplot.subplots = subplots
package = types.ModuleType("matplotlib")
package.pyplot = pyplot
package.__getattr__ = lambda name: Ignored()
sys.modules["matplotlib"] = package
sys.modules["matplotlib.pyplot"] = pyplot
seaborn = types.ModuleType("seaborn")
seaborn.__getattr__ = lambda name: Ignored()
sys.modules["seaborn"] = seaborn
try:
    import tqdm
except ImportError:
    for name in ("tqdm", "tqdm.auto", "tqdm.notebook"):
        bar = types.ModuleType(name)
        bar.tqdm = lambda iterable=None, *a, **k: iterable
        bar.trange = lambda *a, **k: range(*a)
        sys.modules[name] = bar
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
code = compile(text, path, "exec")
out = sys.stdout
try:
    exec(code, {"__name__": "__main__"})
    failure = None
except SystemExit as e:
    # CPython ends a program whose SystemExit code is None, 0 or False with status 0 and no traceback
    if e.code is None or e.code is False or type(e.code) is int and e.code == 0:
        failure = None
    else:
        line = [f.lineno for f in traceback.extract_tb(e.__traceback__) if f.filename == path][-1]
        failure = "SystemExit%s (line %d)" % (": " + str(e) if str(e) else "", line)
except BaseException as e:
    line = [f.lineno for f in traceback.extract_tb(e.__traceback__) if f.filename == path][-1]
    message = str(e)
    failure = "%s%s (line %d)" % (type(e).__name__, ": " + message if message else "", line)
sys.stdout.flush()
sys.stderr.write("\n@@exception " + repr(failure) + "\n")
'''


def run(path):
    """Runs one program; returns its standard output (bytes) and its exception or None."""
    done = subprocess.run([sys.executable, "-c", RUNNER, path], capture_output=True, env={"PYTHONHASHSEED": "0",
                                                                                       "PATH": os.environ["PATH"]})
    marker = done.stderr.decode("utf-8").rsplit("\n@@exception ", 1)
    if len(marker) != 2:
        raise SystemExit("%s: the runner failed:\n%s" % (path, done.stderr.decode("utf-8")))
    return done.stdout, ast.literal_eval(marker[1].strip())


class Spans:
    """Converts CPython's (line, UTF-8 byte column) positions to character positions."""

    def __init__(self, text):
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def at(self, line, byte_column):
        chars = len(self.lines[line - 1].encode("utf-8")[:byte_column].decode("utf-8"))
        return chars + 1, self.starts[line - 1] + chars

    def of(self, node):
        line, column = node.lineno, node.col_offset
        col, start = self.at(line, column)
        _, end = self.at(node.end_lineno, node.end_col_offset)
        return [line, col, start, end]


def tree(node, spans):
    """A node as JSON: its class, its fields, its span; constants with their type and exact text."""
    if isinstance(node, list):
        return [tree(n, spans) for n in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_": type(node).__name__}
    if isinstance(node, ast.Constant):
        v = node.value
        out["kind"] = "Ellipsis" if v is Ellipsis else type(v).__name__
        out["value"] = v if isinstance(v, (str, bool)) or v is None else repr(v) if v is not Ellipsis else None
    else:
        for field, value in ast.iter_fields(node):
            if isinstance(value, (ast.expr_context,)):
                continue
            if isinstance(value, (ast.operator, ast.unaryop, ast.boolop, ast.cmpop)):
                out[field] = type(value).__name__
            elif isinstance(value, list) and value and isinstance(value[0], ast.cmpop):
                out[field] = [type(v).__name__ for v in value]
            else:
                out[field] = tree(value, spans)
    if hasattr(node, "lineno") and getattr(node, "end_lineno", None) is not None:
        out["span"] = spans.of(node)
    return out


SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}


def table(t):
    """A symbol table block as JSON: its type, name, every name's scope, and its children in order."""
    return {"type": t.get_type().upper(), "name": t.get_name(),
            "symbols": {s.get_name(): SCOPES[(t._table.symbols[s.get_name()] >> 11) & 15] for s in t.get_symbols()},
            "children": [table(c) for c in t.get_children()]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="reference-results/python-semantics")
    args = parser.parse_args()
    import numpy
    os.makedirs(args.out, exist_ok=True)
    names = sorted(n for n in os.listdir(PROGRAMS) if n.endswith(".py"))
    for name in names:
        path = os.path.join(PROGRAMS, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        stdout, failure = run(path)
        stem = name[:-3]
        header = [
            "# " + SCHEMA,
            "# program: " + path,
            "# generator: " + COMMAND,
            "# python: CPython %s, numpy %s" % (platform.python_version(), numpy.__version__),
            "# exception: " + (failure.replace("\n", "\\n") if failure else "none"),
            "# stdout follows, byte for byte",
        ]
        with open(os.path.join(args.out, stem + ".out"), "wb") as f:
            f.write(("\n".join(header) + "\n").encode("utf-8") + stdout)
        doc = {"schema": SCHEMA + "/ast", "program": path, "generator": COMMAND,
               "python": platform.python_version(), "module": tree(ast.parse(text, path), Spans(text)),
               "symtable": table(symtable.symtable(text, path, "exec"))}
        with open(os.path.join(args.out, stem + ".ast.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print("%-32s %s" % (name, failure or "ok"))
    print("wrote %d programs to %s" % (len(names), args.out))
    errors_out = os.path.join(args.out, "scope-errors")
    os.makedirs(errors_out, exist_ok=True)
    errors = sorted(n for n in os.listdir(SCOPE_ERRORS) if n.endswith(".py"))
    for name in errors:
        path = os.path.join(SCOPE_ERRORS, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        try:
            compile(text, path, "exec")
            raise SystemExit("%s compiles, but should not" % path)
        except SyntaxError as e:
            failure = "%s (line %d)" % (e.msg, e.lineno)
        stem = name[:-3]
        header = ["# " + SCHEMA, "# program: " + path, "# generator: " + COMMAND,
                  "# python: CPython %s" % platform.python_version(), "# syntax error: " + failure]
        with open(os.path.join(errors_out, stem + ".out"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(header) + "\n")
        doc = {"schema": SCHEMA + "/ast", "program": path, "generator": COMMAND,
               "python": platform.python_version(), "module": tree(ast.parse(text, path), Spans(text))}
        with open(os.path.join(errors_out, stem + ".ast.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print("%-40s %s" % (name, failure))
    print("wrote %d scope errors to %s" % (len(errors), errors_out))
    limits_out = os.path.join(args.out, "uncatchable-limits")
    os.makedirs(limits_out, exist_ok=True)
    for name in sorted(n for n in os.listdir(LIMITS) if n.endswith(".py")):
        path = os.path.join(LIMITS, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        doc = {"schema": SCHEMA + "/ast", "program": path, "generator": COMMAND,
               "python": platform.python_version(), "module": tree(ast.parse(text, path), Spans(text))}
        with open(os.path.join(limits_out, name[:-3] + ".ast.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
