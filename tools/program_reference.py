#!/usr/bin/env python3
"""Every example program of examples/programs/ run by real Python, differentiated by real PyTorch.

Provenance
----------
bpdiff check runs a student's program in its own interpreter and differentiates
the forward pass it recorded with DJL.  This script is the outside referee: it
runs the same program text with CPython, numpy replaced by a small module that
computes the same functions with torch float64 tensors (numpy's semantics:
broadcasting, @, dot, outer, sums over axes), every float literal made a
torch leaf, and matplotlib and print silenced.  Each time the program assigns
its loss (a variable named loss, L, E, E_total, error, cost or J), the script
asks torch.autograd.grad for dL/dv of every tensor variable the assignment's
line can see (its function's locals and the module's globals; the fields of a
namedtuple as params.W1) and records them, the same loss twice (a function's return unpacked again) once.

Two things differ from running the file under numpy, on purpose: `a -= b` is
run as `a = a - b` (torch refuses in-place changes of tensors autograd still
needs; no example program aliases an updated array), and numpy's comparisons
are torch's (bool tensors that multiply as 0/1).

Besides each example as committed, it runs homework2-corrected.py with its
`N = 1` changed to `N = 100`: one hundred epochs of the program's own loop.

Output: reference-results/programs/<example>.json, deterministic.
Usage:  python3 tools/program_reference.py [--out reference-results/programs]
"""

import argparse
import ast
import builtins
import json
import os
import platform
import sys
import types

import torch

SCHEMA = "bpdiff.program-reference/1"
PROGRAMS = "examples/programs"
# programs of the folder this tool makes no reference for: their names, and why
BENCH_ONLY = {
    "xor-sgd.py": "the per-sample SGD program make bench times (UpdateScaling); np.random is outside this tool's numpy",
    "nnfs-sgd-momentum.py": "np.random.seed and np.random.randn are outside this tool's numpy; the corpus's nnfs-*.py "
                            "hold that style to PyTorch (tools/corpus_reference.py)",
    "layers-list.py": "its weights live in objects, which this tool does not see; the corpus's layers-*.py hold that "
                      "style to PyTorch (tools/corpus_reference.py)",
}
COMMAND = "python3 tools/program_reference.py --out reference-results/programs"
LOSS_NAMES = {"loss", "L", "E", "E_total", "error", "cost", "J"}
DTYPE = torch.float64


def tensor(value):
    return torch.as_tensor(value, dtype=DTYPE) if not torch.is_tensor(value) else value


def array(value, dtype=None):
    if torch.is_tensor(value):
        return value.clone()
    if isinstance(value, (list, tuple)):
        return torch.stack([array(v) for v in value])
    return tensor(float(value))


def dot(a, b):
    a, b = tensor(a), tensor(b)
    if a.dim() == 0 or b.dim() == 0:
        return a * b
    if a.dim() == 1 and b.dim() == 1:
        return torch.dot(a, b)
    return torch.matmul(a, b)


def reduce(function):
    def reduced(a, axis=None, keepdims=False):
        a = tensor(a)
        if axis is None:
            result = function(a)
            return result.reshape([1] * a.dim()) if keepdims else result
        return function(a, dim=axis, keepdim=keepdims)
    return reduced


def numpy_module():
    np = types.ModuleType("numpy")
    np.array = np.asarray = array
    np.copy = lambda a: tensor(a).clone()
    np.zeros = lambda shape: torch.zeros(shape, dtype=DTYPE)
    np.ones = lambda shape: torch.ones(shape, dtype=DTYPE)
    np.zeros_like = lambda a: torch.zeros_like(tensor(a))
    np.ones_like = lambda a: torch.ones_like(tensor(a))
    np.dot = dot
    np.matmul = lambda a, b: torch.matmul(tensor(a), tensor(b))
    np.outer = lambda a, b: torch.outer(tensor(a).flatten(), tensor(b).flatten())
    np.sum = reduce(torch.sum)
    np.mean = reduce(torch.mean)
    np.exp = lambda a: torch.exp(tensor(a))
    np.log = lambda a: torch.log(tensor(a))
    np.sqrt = lambda a: torch.sqrt(tensor(a))
    np.tanh = lambda a: torch.tanh(tensor(a))
    np.abs = np.absolute = lambda a: torch.abs(tensor(a))
    np.square = lambda a: tensor(a) ** 2
    np.maximum = lambda a, b: torch.maximum(tensor(a), tensor(b))
    np.minimum = lambda a, b: torch.minimum(tensor(a), tensor(b))
    np.where = lambda c, a, b: torch.where(tensor(c) != 0, tensor(a), tensor(b))
    np.transpose = lambda a: tensor(a).T
    np.reshape = lambda a, shape: tensor(a).reshape(shape)
    np.pi = torch.pi
    np.e = torch.e
    np.newaxis = None
    np.float64 = float
    return np


def silent_module(name):
    module = types.ModuleType(name)
    module.__getattr__ = lambda attribute: (lambda *args, **kwargs: None)
    return module


class Recorder:
    """Collects dL/dv at every assignment of the loss."""

    def __init__(self):
        self.events = []
        self.seen = []

    def loss(self, name, line, value, local_vars, global_vars):
        if not torch.is_tensor(value) or value.dim() != 0 or not value.requires_grad:
            return value
        if any(value is seen for seen in self.seen):
            return value
        self.seen.append(value)
        visible = dict(global_vars)
        visible.update(local_vars)
        for n, v in list(visible.items()):
            if isinstance(v, tuple) and hasattr(v, "_fields"):  # a namedtuple's fields, as params.W1
                visible.update((n + "." + f, getattr(v, f)) for f in v._fields)
        names = [n for n, v in sorted(visible.items()) if torch.is_tensor(v) and v.requires_grad and v is not value]
        grads = torch.autograd.grad(value, [visible[n] for n in names], retain_graph=True, allow_unused=True)
        gradients = {n: g.tolist() for n, g in zip(names, grads) if g is not None}
        self.events.append({"epoch": len(self.events) + 1, "name": name, "line": line, "loss": value.item(),
                            "gradients": gradients})
        return value


class Transform(ast.NodeTransformer):
    """Float literals become torch leaves; a -= b becomes a = a - b; loss assignments are recorded."""

    def visit_Constant(self, node):
        if isinstance(node.value, float):
            call = ast.Call(func=ast.Name(id="__leaf", ctx=ast.Load()), args=[node], keywords=[])
            return ast.copy_location(call, node)
        return node

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        load = ast.parse(ast.unparse(node.target), mode="eval").body
        value = ast.BinOp(left=load, op=node.op, right=node.value)
        assign = ast.Assign(targets=[node.target], value=value)
        return self.visit_Assign(ast.copy_location(assign, node))

    def visit_Assign(self, node):
        self.generic_visit(node)
        names = [t.id for target in node.targets for t in ast.walk(target) if isinstance(t, ast.Name)]
        losses = [n for n in names if n in LOSS_NAMES]
        if not losses:
            return node
        # __before = dict(locals()); __value = <value>; __record.loss(...); <targets> = __value
        # so the loss is recorded with the variables its line saw before the assignment
        before = ast.parse("__before = dict(locals())").body[0]
        value = ast.Assign(targets=[ast.Name(id="__value", ctx=ast.Store())], value=node.value)
        record = ast.parse("__record.loss(%r, %d, __value, __before, globals())" % (losses[0], node.lineno)).body[0]
        assign = ast.Assign(targets=node.targets, value=ast.Name(id="__value", ctx=ast.Load()))
        return [before, value, record, assign]


def run(text, path):
    recorder = Recorder()
    tree = ast.fix_missing_locations(Transform().visit(ast.parse(text, path)))
    sys.modules["numpy"] = numpy_module()
    sys.modules["matplotlib"] = silent_module("matplotlib")
    sys.modules["matplotlib.pyplot"] = silent_module("matplotlib.pyplot")
    sys.modules["matplotlib"].pyplot = sys.modules["matplotlib.pyplot"]
    scope = {
        "__name__": "__main__",
        "__leaf": lambda v: torch.tensor(v, dtype=DTYPE, requires_grad=True),
        "__record": recorder,
        "print": lambda *args, **kwargs: None,
        "round": lambda x, n=None: builtins.round(float(x), n) if n is not None else builtins.round(float(x)),
    }
    exec(compile(tree, path, "exec"), scope)
    return recorder.events


def write(out, name, source, events):
    doc = {
        "schema": SCHEMA,
        "provenance": {
            "generator": "tools/program_reference.py",
            "command": COMMAND,
            "torch": torch.__version__,
            "python": platform.python_version(),
            "description": "dL/dv of every tensor variable at each computation of the loss, the program run by "
                           "CPython with numpy computed by torch float64 and float literals as torch leaves.",
        },
        "program": source,
        "dtype": "float64",
        "losses": events,
    }
    path = os.path.join(out, name + ".json")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    print("wrote %s (%d computations of the loss)" % (path, len(events)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="reference-results/programs")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.set_num_threads(1)
    for name in sorted(os.listdir(PROGRAMS)):
        if name.endswith(".py"):
            path = os.path.join(PROGRAMS, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if "import torch" in text:
                continue  # a torch program: tools/torch_programs.py runs it with real PyTorch
            if name in BENCH_ONLY:
                continue
            write(args.out, name[:-3], path, run(text, path))
    path = os.path.join(PROGRAMS, "homework2-corrected.py")
    with open(path, encoding="utf-8") as f:
        text = f.read().replace("    N = 1  #", "    N = 100  #")
    write(args.out, "homework2-corrected-N100", path + " with N = 100", run(text, path))


if __name__ == "__main__":
    main()
