#!/usr/bin/env python3
"""PyTorch's gradients of the numpy functions bpdiff records, including their conventions at kinks.

Provenance
----------
Every program of src/test/resources/numpy-gradients/ computes a loss L from
float arrays made with np.array([...]).  This script runs each with CPython
and numpy replaced by torch float64 (every np.array of floats a leaf tensor
that requires grad), and writes L and dL/dv of every leaf v as
torch.autograd.grad computes them.  bpdiff's NumpyGradientsTest runs the same
programs in its interpreter, replays the recorded operations on DJL's PyTorch
engine and must give these numbers; finite differences must agree wherever
no kink is crossed.

Each numpy function is the torch function a PyTorch user would write, so the
derivatives at kinks are PyTorch's: np.max(x, axis) is torch.max(x, dim)
(the gradient goes to the first arg-max), np.max(x) is torch.max(x) (shared
among ties), np.abs is torch.abs (0 at 0), np.clip is torch.clamp (closed
interval), np.maximum is torch.maximum (half each at a tie),
np.logaddexp is torch.logaddexp (sigmoid(a - b), half each at a tie),
np.einsum is torch.einsum, np.nansum is torch.nansum, np.c_[...] / np.r_[...] are torch.cat of the items
(a vector a column for c_, a number a vector of one for r_), np.linalg.norm is torch.linalg.vector_norm (0 at the zero vector; the
max-norm shares among ties), np.std/np.var are torch.std/torch.var with
correction=ddof, np.prod is torch.prod, np.sign is torch.sign, np.nan_to_num is torch.nan_to_num,
np.apply_along_axis stacks the function's results on torch slices, scipy.special's expit and logit are
torch.sigmoid and torch.logit.

Assignments into arrays (a[idx] = v, a[idx] -= v) run out of place: the
array is cloned and the clone written with torch's indexing (a tensor that
autograd needs cannot be changed in place); `a -= b` runs as `a = a - b`.

Each program is also run with real numpy first: it must be a numpy program, and
its L (numpyLoss) is the value bpdiff's interpreter must compute.

Output: reference-results/pytorch/numpy-gradients.json, deterministic.
Usage:  python3 tools/numpy_gradients.py [--out reference-results/pytorch]
"""

import argparse
import ast
import json
import os
import platform
import types

import numpy
import torch

SCHEMA = "bpdiff.numpy-gradients/1"
PROGRAMS = "src/test/resources/numpy-gradients"
COMMAND = "python3 tools/numpy_gradients.py --out reference-results/pytorch"
DTYPE = torch.float64


def tensor(value):
    if torch.is_tensor(value):
        return value
    if isinstance(value, (list, tuple)):
        return torch.stack([tensor(v) for v in value]) if value and torch.is_tensor(value[0]) \
            else torch.tensor(value, dtype=DTYPE)
    return torch.tensor(value, dtype=torch.int64 if isinstance(value, int) else DTYPE)


def array(value, dtype=None, ndmin=0):
    made = made_array(value)
    while made.dim() < ndmin:
        made = made.unsqueeze(0)
    return made


def made_array(value):
    if torch.is_tensor(value):
        return value.clone()
    if isinstance(value, (list, tuple)) and all(isinstance(v, int) for v in flat(value)):
        return torch.tensor(value, dtype=torch.int64)
    if isinstance(value, (list, tuple)) and any(torch.is_tensor(v) for v in value):
        return torch.stack([tensor(v) for v in value])
    return torch.tensor(value, dtype=DTYPE, requires_grad=True)


def flat(value):
    if isinstance(value, (list, tuple)):
        for v in value:
            yield from flat(v)
    else:
        yield value


def extreme(function):
    def reduced(a, axis=None, keepdims=False):
        a = tensor(a)
        if axis is None:
            result = function(a)
            return result.reshape([1] * a.dim()) if keepdims else result
        return function(a, dim=axis, keepdim=keepdims).values
    return reduced


def reduce(function):
    def reduced(a, axis=None, keepdims=False):
        a = tensor(a)
        if axis is None:
            result = function(a)
            return result.reshape([1] * a.dim()) if keepdims else result
        return function(a, dim=axis, keepdim=keepdims)
    return reduced


def spread(function):
    def reduced(a, axis=None, ddof=0, keepdims=False):
        return function(tensor(a), dim=axis, correction=ddof, keepdim=keepdims)
    return reduced


def norm(x, ord=None, axis=None, keepdims=False):
    return torch.linalg.vector_norm(tensor(x), 2 if ord is None else ord, dim=axis, keepdim=keepdims)


def clip(a, low, high):
    return torch.clamp(tensor(a), low, high)


def put(target, index, value):
    """target[index] = value, out of place."""
    result = target.clone()
    result[index] = value
    return result


class Concatenator:
    """np.c_ (columns=True: each item at least 2-D, a vector a column, joined along the last axis) and np.r_
    (a number a vector of one, joined along the first axis), as torch.cat of the items."""

    def __init__(self, columns):
        self.columns = columns

    def __getitem__(self, items):
        parts = []
        for item in items if isinstance(items, tuple) else (items,):
            t = tensor(item)
            if self.columns and t.dim() < 2:
                t = t.reshape(1, 1) if t.dim() == 0 else t.reshape(-1, 1)
            elif t.dim() == 0:
                t = t.reshape(1)
            parts.append(t)
        return torch.cat(parts, dim=-1 if self.columns else 0)


def apply_along_axis(function, axis, a, *args):
    """The results of function on the 1-D slices along axis, stacked where the axis was."""
    moved = torch.movedim(tensor(a), axis, -1)
    results = torch.stack([tensor(function(r, *args)) for r in moved.reshape(-1, moved.shape[-1])])
    return results.reshape(moved.shape[:-1] + results.shape[1:])


def scipy_module():
    """scipy.special's expit and logit as torch.sigmoid and torch.logit (log(p / (1 - p)))."""
    special = types.ModuleType("scipy.special")
    special.expit = lambda a: torch.sigmoid(tensor(a))
    special.logit = lambda a: torch.logit(tensor(a))
    scipy = types.ModuleType("scipy")
    scipy.special = special
    return scipy


def numpy_module():
    torch.Tensor.copy = torch.Tensor.clone  # ndarray.copy()
    np = types.ModuleType("numpy")
    np.array = np.asarray = array
    np.arange = lambda n: torch.arange(n)
    np.exp = lambda a: torch.exp(tensor(a))
    np.log = lambda a: torch.log(tensor(a))
    np.sqrt = lambda a: torch.sqrt(tensor(a))
    np.tanh = lambda a: torch.tanh(tensor(a))
    np.sin = lambda a: torch.sin(tensor(a))
    np.cos = lambda a: torch.cos(tensor(a))
    np.log1p = lambda a: torch.log1p(tensor(a))
    np.logaddexp = lambda a, b: torch.logaddexp(tensor(a), tensor(b))
    np.sign = lambda a: torch.sign(tensor(a))
    np.abs = lambda a: torch.abs(tensor(a))
    np.power = lambda a, b: torch.pow(tensor(a), b)
    np.maximum = lambda a, b: torch.maximum(tensor(a), tensor(b))
    np.minimum = lambda a, b: torch.minimum(tensor(a), tensor(b))
    np.where = lambda c, a, b: torch.where(tensor(c), tensor(a), tensor(b))
    np.clip = clip
    np.sum = reduce(torch.sum)
    np.mean = reduce(torch.mean)
    np.prod = lambda a, axis=None: torch.prod(tensor(a)) if axis is None else torch.prod(tensor(a), dim=axis)
    np.max = np.amax = extreme(torch.max)
    np.min = np.amin = extreme(torch.min)
    np.std = spread(torch.std)
    np.var = spread(torch.var)
    np.dot = lambda a, b: torch.matmul(tensor(a), tensor(b))
    np.outer = lambda a, b: torch.outer(tensor(a).flatten(), tensor(b).flatten())
    np.concatenate = lambda arrays, axis=0: torch.cat([tensor(a) for a in arrays], dim=axis)
    np.stack = lambda arrays, axis=0: torch.stack([tensor(a) for a in arrays], dim=axis)
    np.hstack = lambda arrays: torch.hstack([tensor(a) for a in arrays])
    np.vstack = lambda arrays: torch.vstack([tensor(a) for a in arrays])
    np.nansum = lambda a, axis=None: torch.nansum(tensor(a)) if axis is None else torch.nansum(tensor(a), dim=axis)
    np.einsum = lambda subscripts, *operands: torch.einsum(subscripts, *[tensor(a) for a in operands])
    np.c_ = Concatenator(True)
    np.r_ = Concatenator(False)
    np.squeeze = lambda a: torch.squeeze(tensor(a))
    np.expand_dims = lambda a, axis: torch.unsqueeze(tensor(a), axis)
    np.reshape = lambda a, shape: tensor(a).reshape(shape)
    np.newaxis = None
    np.nan_to_num = lambda a: torch.nan_to_num(tensor(a))
    np.apply_along_axis = apply_along_axis
    np.linalg = types.SimpleNamespace(norm=norm)
    np.inf = float("inf")
    return np


class Transform(ast.NodeTransformer):
    """a[i] = v becomes a = __put(a, i, v); a[i] op= v and a op= v are computed out of place."""

    def visit_Assign(self, node):
        self.generic_visit(node)
        target = node.targets[0]
        if len(node.targets) == 1 and isinstance(target, ast.Subscript):
            return self.put(target, node.value, node)
        return node

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        load = ast.parse(ast.unparse(node.target), mode="eval").body
        value = ast.BinOp(left=load, op=node.op, right=node.value)
        if isinstance(node.target, ast.Subscript):
            return self.put(node.target, value, node)
        return ast.copy_location(ast.Assign(targets=[node.target], value=value), node)

    @staticmethod
    def put(target, value, node):
        array = ast.parse(ast.unparse(target.value), mode="eval").body
        index = ast.parse(ast.unparse(target.slice), mode="eval").body
        call = ast.Call(func=ast.Name(id="__put", ctx=ast.Load()), args=[array, index, value], keywords=[])
        store = ast.parse(ast.unparse(target.value)).body[0].value
        store.ctx = ast.Store()
        return ast.copy_location(ast.Assign(targets=[store], value=call), node)


def numpy_loss(text, path):
    """L as real numpy computes it: the program must be a numpy program, and bpdiff's forward pass is held to it."""
    import sys
    sys.modules["numpy"] = numpy
    scope = {"__name__": "__main__", "print": lambda *args, **kwargs: None}
    exec(compile(text, path, "exec"), scope)
    return float(scope["L"])


def run(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    numpy_value = numpy_loss(text, path)
    tree = ast.fix_missing_locations(Transform().visit(ast.parse(text, path)))
    import sys
    sys.modules["numpy"] = numpy_module()
    real_scipy = {name: sys.modules.get(name) for name in ("scipy", "scipy.special")}
    sys.modules["scipy"] = scipy_module()
    sys.modules["scipy.special"] = sys.modules["scipy"].special
    scope = {"__name__": "__main__", "__put": put, "print": lambda *args, **kwargs: None}
    exec(compile(tree, path, "exec"), scope)
    for name, module in real_scipy.items():
        if module is None:
            sys.modules.pop(name, None)
        else:
            sys.modules[name] = module
    loss = scope["L"]
    leaves = {n: v for n, v in sorted(scope.items()) if torch.is_tensor(v) and v.requires_grad and v.is_leaf}
    grads = torch.autograd.grad(loss, list(leaves.values()), allow_unused=True)
    return {"loss": loss.item(), "numpyLoss": numpy_value,
            "gradients": {n: (g.tolist() if g is not None else torch.zeros_like(v).tolist())
                          for (n, v), g in zip(leaves.items(), grads)}}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="reference-results/pytorch")
    args = parser.parse_args()
    programs = {}
    for name in sorted(os.listdir(PROGRAMS)):
        if name.endswith(".py"):
            programs[name] = run(os.path.join(PROGRAMS, name))
    doc = {
        "schema": SCHEMA,
        "provenance": {
            "generator": "tools/numpy_gradients.py",
            "command": COMMAND,
            "python": platform.python_version(),
            "torch": torch.__version__,
            "numpy": numpy.__version__,
            "description": "L and dL/dv of every float array v of each program of " + PROGRAMS + ", the program run "
                           "by CPython with numpy computed by torch float64; numpyLoss: L as numpy computes it.",
        },
        "programs": programs,
    }
    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, "numpy-gradients.json")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(doc, indent=2) + "\n")
    print("wrote %s (%d programs)" % (path, len(programs)))


if __name__ == "__main__":
    main()
