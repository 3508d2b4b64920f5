#!/usr/bin/env python3
"""How CPython itself reads Python files: the truth bpdiff's lexer and parser are held to.

Provenance
----------
Run by /usr/bin/python3 (CPython 3.11, the reader the conformance tests name)
on the files given, from its own `tokenize` and `ast` modules and its compiler;
nothing of bpdiff is involved.  Used at test time by LayoutConformanceTest
(every *.py of /usr/lib/python3.11 and /usr/lib/python3/dist-packages/numpy)
and LayoutCasesTest (src/test/resources/layout/*.py); nothing is committed.

For each file, one JSON line:

  path      the path as given
  encoding  the source encoding (PEP 263 cookie, BOM or UTF-8) as Python names it
  parses    whether CPython compiles the file: compile(..., "exec"), so the
            parser and the symbol table (e.g. 'return' outside a function)
  error     when it does not: {"type", "message", "line", "col"} of the
            SyntaxError (col 0-based, or null)
  layout    the NEWLINE, INDENT and DEDENT tokens of tokenize.tokenize, each
            [kind, line, col] (line 1-based, col 0-based in characters as
            tokenize counts them).  NL and COMMENT tokens are left out: bpdiff
            makes no token for a blank or comment-only line or for a line break
            inside brackets, and the positions of the NEWLINE/INDENT/DEDENT
            tokens around such lines say whether it agrees.  ENCODING and
            ENDMARKER are left out: bpdiff's END token is not compared.  When
            tokenize raises, layout is null and layout_error says why.
  refused   the constructs bpdiff parses but does not run, each
            [construct, line, col] with col 0-based in characters (ast's UTF-8
            byte col_offset converted), named as bpdiff's "not supported: ..."
            message names them: match statement, async def, async for,
            async with, async comprehension, await, yield inside an
            expression (not the statement yield x or y = yield x), yield
            inside except, else or finally, try/except*, bytes literal, complex number, integer beyond 2**53,
            and from M import *.
  names     every name CPython's ast reads or binds (its Name nodes), each
            [id, line, col] like refused, sorted, except those in the
            annotations of parameters and return values (bpdiff reads those
            annotations and keeps nothing of them).
  shapes    the SHA-256 (hex) of the file's statements written as shapes,
            one a line, sorted: each statement's kind and the shape of each
            expression it holds (not those of its blocks, not parameter
            defaults and annotations), e.g. Assign[Nx|BinOp+(Na,n)]; names,
            attributes, operators and the nesting of every node are written,
            the values of literals are not.  bpdiff writes its own tree the
            same way (TreeShapes), so equal digests mean the same parse.
            --shapes FILE prints the lines instead, to find a difference.
  unbound   the names CPython's own symbol table (symtable) finds read in
            some scope and bound in none (no assignment, import, def,
            class, parameter, global or nonlocal anywhere in the file) that
            are not built in: the names that raise NameError if the code
            reading them runs.  bpdiff may report these, and only these, as
            undefined.

Usage:  /usr/bin/python3 tools/python_layout.py FILE...      (or "-": paths on stdin, one a line)
        /usr/bin/python3 tools/python_layout.py --shapes FILE
"""

import ast
import io
import json
import builtins
import hashlib
import re
import symtable
import sys
import tokenize
import warnings

SIMPLE = {ast.Match: "match statement", ast.AsyncFunctionDef: "async def", ast.AsyncFor: "async for",
          ast.AsyncWith: "async with", ast.Await: "await", ast.TryStar: "try/except*"}
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def construct(node):
    """The name bpdiff gives the construct at this node, or None."""
    if type(node) in SIMPLE:
        return SIMPLE[type(node)]
    if isinstance(node, COMPREHENSIONS) and any(g.is_async for g in node.generators):
        return "async comprehension"
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bytes):
            return "bytes literal"
        if isinstance(value, complex):
            return "complex number"
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 2 ** 53:
            return "integer beyond 2**53"
    if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
        return "from " + "." * node.level + (node.module or "") + " import *"
    return None


def yield_constructs(tree):
    """bpdiff's name for each yield it does not run, by id of the node: a yield inside an expression (anything but
    the statement `yield x` and `y = yield x` with one target), and one in an except, else or finally block of its
    function."""
    found = {}

    def visit(node, guarded):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Yield, ast.YieldFrom)):
                statement = (isinstance(node, ast.Expr) or isinstance(node, ast.Assign) and len(node.targets) == 1) \
                    and node.value is child
                if not statement:
                    found[id(child)] = "yield inside an expression"
                elif guarded:
                    found[id(child)] = "yield inside except, else or finally"
            inner = guarded
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
                inner = False
            elif isinstance(node, (ast.Try, ast.TryStar)) and not isinstance(child, ast.expr) \
                    and not any(child is s for s in node.body):
                inner = True
            visit(child, inner)

    visit(tree, False)
    return found


def unbound(text, path):
    """Names read somewhere and bound nowhere in the file, by CPython's symbol table."""
    read, bound = set(), set()
    tables = [symtable.symtable(text, path, "exec")]
    while tables:
        table = tables.pop()
        tables.extend(table.get_children())
        for symbol in table.get_symbols():
            name = symbol.get_name()
            if symbol.is_referenced():
                read.add(name)
            if (symbol.is_assigned() or symbol.is_imported() or symbol.is_parameter() or symbol.is_namespace()
                    or symbol.is_declared_global() or symbol.is_nonlocal()):
                bound.add(name)
    return sorted(read - bound - set(dir(builtins)))


def names(nodes, lines):
    """The Name nodes among the tree's nodes, outside parameter and return annotations."""
    skipped = set()
    for node in nodes:
        annotation = node.annotation if isinstance(node, ast.arg) else \
            node.returns if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
        if annotation is not None:
            skipped.update(id(n) for n in ast.walk(annotation))
    found = [[n.id, n.lineno, character_column(lines, n.lineno, n.col_offset)]
             for n in nodes if isinstance(n, ast.Name) and id(n) not in skipped]
    return sorted(found, key=lambda n: (n[1], n[2], n[0]))


OPERATORS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
             ast.Pow: "**", ast.MatMult: "@", ast.BitOr: "|", ast.BitXor: "^", ast.BitAnd: "&", ast.LShift: "<<",
             ast.RShift: ">>", ast.USub: "-", ast.UAdd: "+", ast.Not: "not", ast.Invert: "~", ast.Eq: "==",
             ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Is: "is",
             ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in", ast.And: "and", ast.Or: "or"}


def shape(e):
    """An expression as a nesting of node kinds, names and operators (see "shapes")."""
    if e is None:
        return "-"
    if isinstance(e, ast.Name):
        return "N" + e.id
    if isinstance(e, ast.Constant):
        if e.value is None or isinstance(e.value, bool):
            return "C" + repr(e.value)
        return "S" if isinstance(e.value, str) else "E" if e.value is Ellipsis else "n"
    if isinstance(e, ast.JoinedStr):
        return "F(" + ",".join(shape(v.value) for v in e.values if isinstance(v, ast.FormattedValue)) + ")"
    if isinstance(e, ast.Attribute):
        return "A" + e.attr + "(" + shape(e.value) + ")"
    if isinstance(e, ast.Subscript):
        return "Sub(" + shape(e.value) + "," + shape(e.slice) + ")"
    if isinstance(e, ast.Slice):
        return "Sl(" + shape(e.lower) + "," + shape(e.upper) + "," + shape(e.step) + ")"
    if isinstance(e, ast.Call):
        return ("Call(" + shape(e.func) + ";" + ",".join(shape(a) for a in e.args) + ";"
                + ",".join((k.arg or "**") + "=" + shape(k.value) for k in e.keywords) + ")")
    if isinstance(e, ast.BinOp):
        return "BinOp" + OPERATORS[type(e.op)] + "(" + shape(e.left) + "," + shape(e.right) + ")"
    if isinstance(e, ast.UnaryOp):
        return "U" + OPERATORS[type(e.op)] + "(" + shape(e.operand) + ")"
    if isinstance(e, ast.Compare):
        return ("Cmp" + ",".join(OPERATORS[type(o)] for o in e.ops) + "(" + shape(e.left) + ","
                + ",".join(shape(c) for c in e.comparators) + ")")
    if isinstance(e, ast.BoolOp):
        return OPERATORS[type(e.op)] + "(" + ",".join(shape(v) for v in e.values) + ")"
    if isinstance(e, ast.IfExp):
        return "If(" + shape(e.test) + "," + shape(e.body) + "," + shape(e.orelse) + ")"
    if isinstance(e, (ast.List, ast.Tuple, ast.Set)):
        kind = {ast.List: "L", ast.Tuple: "T", ast.Set: "St"}[type(e)]
        return kind + "(" + ",".join(shape(x) for x in e.elts) + ")"
    if isinstance(e, ast.Dict):
        return "D(" + ",".join(("**" if k is None else shape(k) + ":") + shape(v)
                               for k, v in zip(e.keys, e.values)) + ")"
    if isinstance(e, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
        kind = {ast.ListComp: "LC", ast.SetComp: "SC", ast.GeneratorExp: "G"}[type(e)]
        return kind + "(" + shape(e.elt) + generators(e.generators) + ")"
    if isinstance(e, ast.DictComp):
        return "DC(" + shape(e.key) + ":" + shape(e.value) + generators(e.generators) + ")"
    if isinstance(e, ast.Lambda):
        return "Lam(" + shape(e.body) + ")"
    if isinstance(e, ast.Starred):
        return "*(" + shape(e.value) + ")"
    if isinstance(e, ast.NamedExpr):
        return "W(" + shape(e.target) + "," + shape(e.value) + ")"
    if isinstance(e, (ast.Yield, ast.YieldFrom)):
        return ("YF(" if isinstance(e, ast.YieldFrom) else "Y(") + shape(e.value) + ")"
    return "?" + type(e).__name__


def generators(clauses):
    return "".join(";for " + shape(g.target) + " in " + shape(g.iter) + "".join(" if " + shape(c) for c in g.ifs)
                   for g in clauses)


def statement_shapes(nodes):
    """One line per statement (one per name of an import), as "shapes" describes."""
    lines = []
    for node in nodes:
        if not isinstance(node, ast.stmt):
            continue
        kind, parts = type(node).__name__, []
        if isinstance(node, ast.Expr):
            parts = [node.value]
        elif isinstance(node, ast.Assign):
            parts = node.targets + [node.value]
        elif isinstance(node, ast.AugAssign):
            kind, parts = kind + OPERATORS[type(node.op)], [node.target, node.value]
        elif isinstance(node, ast.AnnAssign):
            parts = [node.target, node.annotation, node.value]
        elif isinstance(node, (ast.If, ast.While)):
            parts = [node.test]
        elif isinstance(node, ast.For):
            parts = [node.target, node.iter]
        elif isinstance(node, ast.FunctionDef):
            parts = node.decorator_list
        elif isinstance(node, ast.ClassDef):
            lines.append("ClassDef[" + "|".join([shape(d) for d in node.decorator_list]
                                                + [shape(b) for b in node.bases]
                                                + [(k.arg or "**") + "=" + shape(k.value) for k in node.keywords])
                         + "]")
            continue
        elif isinstance(node, (ast.Return, ast.Delete)):
            parts = [node.value] if isinstance(node, ast.Return) else node.targets
        elif isinstance(node, ast.Raise):
            parts = [node.exc, node.cause]
        elif isinstance(node, ast.Assert):
            parts = [node.test, node.msg]
        elif isinstance(node, ast.Try):
            parts = [h.type for h in node.handlers]
        elif isinstance(node, ast.With):
            lines.append("With[" + "|".join(shape(i.context_expr) + "@" + shape(i.optional_vars)
                                            for i in node.items) + "]")
            continue
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            lines.extend(["Import[]"] * len(node.names))
            continue
        lines.append(kind + "[" + "|".join(shape(p) for p in parts) + "]")
    return sorted(lines)


def digest(lines):
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def character_column(lines, line, byte_col):
    """ast's col_offset counts UTF-8 bytes of the line; bpdiff and tokenize count characters."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return len(text.encode("utf-8")[:byte_col].decode("utf-8", errors="replace"))


def layout(data):
    tokens = tokenize.tokenize(io.BytesIO(data).readline)
    kept = (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
    return [[tokenize.tok_name[t.type], t.start[0], t.start[1]] for t in tokens if t.type in kept]


def describe(path):
    with open(path, "rb") as f:
        data = f.read()
    encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    result = {"path": path, "encoding": encoding}
    try:
        tree = compile(data, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        compile(tree, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as e:
        result["parses"] = False
        result["error"] = {"type": type(e).__name__, "message": getattr(e, "msg", str(e)),
                           "line": getattr(e, "lineno", None),
                           "col": e.offset - 1 if getattr(e, "offset", None) else None}
        return result
    result["parses"] = True
    try:
        result["layout"] = layout(data)
    except (tokenize.TokenError, SyntaxError) as e:
        result["layout"] = None
        result["layout_error"] = str(e)
    text = data.decode(encoding)
    text = text[1:] if text.startswith("\ufeff") else text
    lines = LINE_BREAK.split(text)
    nodes = list(ast.walk(tree))
    refused = []
    yields = yield_constructs(tree)
    for node in nodes:
        name = yields.get(id(node)) or construct(node)
        if name is not None:
            refused.append([name, node.lineno, character_column(lines, node.lineno, node.col_offset)])
    result["refused"] = sorted(refused, key=lambda r: (r[1], r[2], r[0]))
    result["names"] = names(nodes, lines)
    result["shapes"] = digest(statement_shapes(nodes))
    result["unbound"] = unbound(text, path)
    return result


def main(arguments):
    if arguments[:1] == ["--shapes"]:
        with open(arguments[1], "rb") as f:
            print("\n".join(statement_shapes(list(ast.walk(ast.parse(f.read()))))))
        return
    paths = [line for line in sys.stdin.read().splitlines() if line] if arguments == ["-"] else arguments
    warnings.simplefilter("ignore")
    out = sys.stdout
    for path in paths:
        out.write(json.dumps(describe(path), ensure_ascii=True) + "\n")
    out.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
