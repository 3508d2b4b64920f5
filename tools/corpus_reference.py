#!/usr/bin/env python3
"""The truth about every program of examples/programs/corpus/, from CPython, numpy and PyTorch alone.

Provenance
----------
Each program of the corpus (examples/programs/corpus/manifest.json lists them) is run twice by real
CPython (/usr/bin/python3 with Debian's numpy, MPLBACKEND=Agg, PYTHONHASHSEED=0), unchanged:

1. plainly, as `python3 program.py`: its standard output is the reference output (<program>.out);
2. under sys.settrace, which changes nothing the program computes or prints (the tool checks that the output
   is byte for byte the same): at every statement that updates a parameter it records the parameter's value
   before and after the statement and the learning rate then in force, and at every assignment of the
   program's loss variable the loss and the data the loss was computed on (the sample of a per-sample SGD
   step, the minibatch of a CS231n step), as the manifest's expressions name them. A program that computes no
   loss (Trask's eleven lines) has the manifest's loss expression instead, evaluated after every assignment
   to the name it gives as "after" (bpdiff is given the same expression with --loss-expr).

A parameter is named as bpdiff names it: the update's target as written, a subscript key evaluated and shown
by repr (`w1`, `w[2]`, `parameters['W1']`, `self.params['W1']`, `W1[0, 1]`); an array is one parameter, each element of a
Python list of weights a parameter of its own, and so is each element of an array stepped element by element
(`W1[0, 1] -= lr * d_w3`, `W1[0][1] = W1[0][1] - lr * d_w3`, `for i in range(8): w[i] -= lr * g[i]`) when the
manifest names it. An update is an assignment to a parameter whose value is a
sum or difference (`w = w - lr * g`, `w -= lr * g`, `W += lr * delta`, a tuple of them, or
`setattr(self, name, getattr(self, name) - lr * …)`, named `self.w1` by the name's value), or a list
comprehension of differences for a list of weights (`w = [w[i] - lr * dw[i] for i in range(8)]`) or for a tuple
of names it is unpacked to (`w1, w2 = [w - lr * g for w, g in zip([w1, w2], grads)]`), or a dict comprehension of differences
(`w = {k: v - lr * grads[k] for k, v in w.items()}`), or a call whose result is
assigned back to a parameter it was passed (`w = update(w, grads, lr)`, `w1 = update_w(w1, d_w1, step)`), or the next value of a variable named for it
(CS231n's optim.py `next_w = w - lr * dw`, `next_w = w + v`: `next_w`, `new_w`, `w_new`), a step of the array `w`
holds, named by where the program keeps it as a located target is (`model.params['W1']`). A
target reached through a loop variable or `self` (micrograd's `for p in params: p.data += -lr * p.grad`,
`for layer in layers: layer.W -= …`, `n.weights[k] -= …`) is named by where the program keeps the object, the
first path found breadth first from the running function's variables, then the module's, loop variables left out
(`w1.data`, `n.layers[0].neurons[1].w[2].data`, `layers[0].W`); a loss held by a program object (a micrograd
`Value`) is its `.data`.

The manifest's loss is a variable; or an "expression" computed after each assignment to "after" (a program that
computes no loss, checked with --loss-expr); or a "call" computed again where a statement assigns or adds its value
(Aflak's `err += self.loss(y_train[j], output)`: the per-sample loss, not the running sum).

The k-th update of every parameter is epoch k (1-based); the weights of epoch k are the parameters' values
before their k-th update, and its loss the last loss the program assigned before the first of those updates
and after the last update of epoch k-1, or else (a loss computed at the end of the loop from the pass before
the updates) the first loss after the last of those updates and before epoch k+1's. PyTorch (float64 autograd) then runs the
manifest's network family -- one small torch forward per family, independent of the program's code -- at
those weights on that data; its loss must equal the program's own (|a-b| <= 1e-9|b| + 1e-12) so a wrong
family cannot pass silently. An update is right when before - after = lr * dL/dtheta elementwise within

    |before - after - lr*g| <= 1e-7 |lr*g| + 64 eps (|before| + |after|) + 1e-12 lr max|g|

(rtol 1e-7: rounding in the program's float64 arithmetic and in the subtraction of the update is below
1e-12 relative, a planted mistake changes an update by a factor of order one; the two absolute terms cover
the rounding of the update itself and gradients that are zero up to rounding), and wrong only beyond 1000
times that bound (or when the update changes the parameter's shape): anything in between stops the tool, so every verdict has three orders of magnitude of
margin. The tool fails loudly when a program declared correct has a wrong parameter, when a planted mistake
shows on parameters other than the manifest's, when the detected parameters are not the manifest's, when
parameters are updated a different number of times or changed between their updates, or when the two runs
print differently.

A program that steps with an optimizer (the manifest's "optimizer": momentum, heavy-ball, adagrad, rmsprop, adam,
adam-saito; see optimizer_step) is held to that optimizer's step instead of lr*g: its state (velocity, squared-gradient
caches) is carried from epoch to epoch from PyTorch's gradients alone, never from the program's, and the bound
above uses the step for lr*g and the epoch's largest step for lr max|g|. An adaptive step (AdaGrad, RMSprop, Adam)
hides a mistake that only scales a gradient (g/|g| at the first epoch), so a planted mistake in such a program is
one that changes the step's direction or zeroes it (a ReLU mask forgotten or misplaced).

Output: reference-results/corpus/<program>.json (deterministic) and <program>.out (the program's stdout).
Usage:  /usr/bin/python3 tools/corpus_reference.py [--out reference-results/corpus] [program.py ...]
Needs:  numpy, torch (Debian python3-torch) and matplotlib (Debian python3-matplotlib; without it a stub
        module that accepts and ignores every call is put on the programs' path, and the provenance says so).
"""

import argparse
import ast
import hashlib
import json
import os
import pickle
import platform
import subprocess
import sys
import tempfile

SCHEMA = "bpdiff.corpus-reference/1"
CORPUS = "examples/programs/corpus"
MANIFEST = CORPUS + "/manifest.json"
COMMAND = "/usr/bin/python3 tools/corpus_reference.py --out reference-results/corpus"
RTOL = 1e-7
WRONG_FACTOR = 1000.0
LOSS_RTOL = 1e-9
LOSS_ATOL = 1e-12
EPS = 2.0 ** -52


class CorpusError(Exception):
    """A program, the manifest or the truth disagree: the tool stops."""


# ----------------------------------------------------------------------------------------------------------
# The traced run (child process): records updates and losses, changes nothing the program computes.
# ----------------------------------------------------------------------------------------------------------

class Update:
    """One parameter target of an update statement."""

    def __init__(self, kind, text, key=None):
        # "plain" (name or attribute), "subscript" (base[key]), "list" (a list rebuilt), "dict" (a dict rebuilt),
        # "setattr" (setattr(obj, name, getattr(obj, name) - …): text the object, key the name's expression) or
        # "located" (reached through a loop variable or self: p.data, layer.W, n.weights[k]; text is the whole
        # target, key the name it starts from)
        self.kind = kind
        self.text = text  # the target (plain, list) or its base (subscript), as written
        self.key = key  # the subscript's key expressions, in the order they are applied (W1[j][i]: j, i)


def unparse(node):
    return ast.unparse(node)


def statement_spans(tree):
    """Line -> the innermost statement starting or continuing on it (compound statements: their header)."""
    lines = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.stmt):
            continue
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
            last = max(node.lineno, body[0].lineno - 1)
        else:
            last = node.end_lineno
        for line in range(node.lineno, last + 1):
            lines[line] = node  # ast.walk is breadth first: an inner statement overrides its parent
    return lines


# w = copy.deepcopy(w) (deeplearning.ai's optimize): a copy of the parameter, not a step of it
COPIES = {"copy.deepcopy", "copy.copy", "deepcopy", "copy", "np.copy", "numpy.copy"}


def update_targets(node, parameters, loop_variables=frozenset()):
    """The parameter targets a statement updates ([] for any other statement). A loop variable stepped in place
    (backprop ninja's `for p, grad in zip([W1, b1], [dW1, db1]): p += -lr * grad`) is the array it holds, found
    where the program keeps it."""
    pairs = []
    call = node.value if isinstance(node, ast.Expr) else None
    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "setattr"
            and len(call.args) == 3 and not call.keywords and isinstance(call.args[2], ast.BinOp)
            and isinstance(call.args[2].op, (ast.Add, ast.Sub))):
        # setattr(self, name, getattr(self, name) - lr * …): the attribute of that name, self.w1
        return [Update("setattr", unparse(call.args[0]), unparse(call.args[1]))]
    if isinstance(node, ast.AugAssign):
        pairs.append((node.target, None))
    elif isinstance(node, ast.Assign) and len(node.targets) == 1:
        target, value = node.targets[0], node.value
        if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts):
            pairs.extend(zip(target.elts, value.elts))
        elif (isinstance(target, ast.Tuple) and isinstance(value, ast.ListComp) and isinstance(value.elt, ast.BinOp)
              and isinstance(value.elt.op, (ast.Add, ast.Sub))):
            # w1, ..., w8 = [w - lr * g for w, g in zip([w1, ..., w8], grads)]: each name is stepped
            pairs.extend((elt, None) for elt in target.elts)
        else:
            pairs.append((target, value))
    found = []
    for target, value in pairs:
        difference = value is None or (isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Sub)))
        comprehension = (isinstance(value, ast.ListComp) and isinstance(value.elt, ast.BinOp)
                         and isinstance(value.elt.op, (ast.Add, ast.Sub)))
        # w = update(w, grads, lr): a function that returns the parameter it was passed, stepped
        passed_back = (isinstance(value, ast.Call) and isinstance(target, ast.Name)
                       and any(isinstance(a, ast.Name) and a.id == target.id for a in value.args)
                       and unparse(value.func) not in COPIES)
        difference = difference or passed_back
        comprehension = comprehension or passed_back
        # w = {k: v - lr * grads[k] for k, v in w.items()}: every entry of the dict is stepped
        entries = (isinstance(value, ast.DictComp) and isinstance(value.value, ast.BinOp)
                   and isinstance(value.value.op, ast.Sub))
        start = located_start(target, parameters) if difference else None
        if (isinstance(target, ast.Name) and isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Sub))
                and isinstance(value.left, ast.Name) and is_next_of(target.id, value.left.id)):
            # next_w = w - lr * dw (CS231n's optim.py; the caller keeps next_w where w was): a step of what w holds
            found.append(Update("next", target.id, value.left.id))
            continue
        if (value is None and isinstance(target, ast.Name) and target.id in loop_variables
                and target.id not in parameters):
            start = target.id
        if start is not None:
            # for p in params: p.data += -lr * p.grad, for layer in layers: layer.W -= …: found where it is kept
            found.append(Update("located", unparse(target), start))
        elif isinstance(target, (ast.Name, ast.Attribute)):
            text = unparse(target)
            if difference and text in parameters:
                found.append(Update("plain", text))
            elif comprehension and any(p.startswith(text + "[") for p in parameters):
                found.append(Update("list", text))
            elif entries and any(p.startswith(text + "[") for p in parameters):
                found.append(Update("dict", text))
        elif isinstance(target, ast.Subscript) and difference:
            # W1[j][i]: the innermost base, and every key from the outside in
            keys, base_node = [], target
            while isinstance(base_node, ast.Subscript):
                keys.insert(0, unparse(base_node.slice))
                base_node = base_node.value
            base = unparse(base_node)
            if any(p.startswith(base + "[") for p in parameters):
                found.append(Update("subscript", base, keys))
    return found


def is_next_of(next_name, name):
    """Whether a variable is named as the next value of another: next_w, new_w, updated_w, w_new, w_next for w."""
    return any(next_name in (word + "_" + name, name + "_" + word) for word in ("next", "new", "updated"))


def subscript(key):
    """A subscript as bpdiff names it: [2], ['W1'], and a tuple of keys W[0, 1] as [0, 1] (each key by repr)."""
    if isinstance(key, tuple):
        return "[" + ", ".join(repr(k) for k in key) + "]"
    return "[%r]" % key


def located_start(target, parameters):
    """The name a target is reached through (p of p.data, layer of layer.W, n of n.weights[k], neuron of
    neuron['weights'][j]) when it names no parameter as written and some parameter is kept under its first
    attribute or string key elsewhere; else None."""
    node, first = target, None
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        if isinstance(node, ast.Attribute):
            first = "." + node.attr
        elif isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
            first = "[%r]" % node.slice.value
        node = node.value
    if not isinstance(node, ast.Name) or first is None:
        return None
    start = node.id
    if any(p.startswith(start + ".") or p.startswith(start + "[") or p == start for p in parameters):
        return None
    return start if any(first in p for p in parameters) else None


def snapshot(value):
    import numpy as np
    return np.array(value, dtype=np.float64, copy=True)


class Tracer:
    """sys.settrace hook: a statement is finished when its frame reaches another statement or returns."""

    def __init__(self, path, spec):
        self.path = path
        with open(path, encoding="utf-8") as f:
            tree = ast.parse(f.read(), path)
        self.lines = statement_spans(tree)
        parameters = set(spec["parameters"])
        self.parameters = parameters
        # the names for statements bind: a loop variable names a different object at each step, so it is no home
        self.loop_variables = {n.id for f in ast.walk(tree) if isinstance(f, ast.For)
                               for n in ast.walk(f.target) if isinstance(n, ast.Name)}
        self.updates = {}
        self.losses = set()
        # the loss is a variable of the program's, or (a program that computes none, checked with --loss-expr)
        # an expression computed after each assignment to the name or attribute path "after"
        # or (a program whose loss variable adds the samples' losses up, Aflak's err += self.loss(y, output)) the
        # value of the call "call" where a statement assigns or adds it to a variable, computed again there
        loss_name = spec["loss"].get("variable")
        loss_call = spec["loss"].get("call")
        self.loss_expression = spec["loss"].get("expression", loss_call)
        after = spec["loss"].get("after", loss_name)
        for node in ast.walk(tree):
            if isinstance(node, ast.stmt):
                targets = update_targets(node, parameters, self.loop_variables)
                if targets:
                    self.updates[id(node)] = targets
                if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                    names = node.targets if isinstance(node, ast.Assign) else [node.target]
                    if loss_call is not None:
                        if isinstance(node.value, ast.Call) and ast.unparse(node.value) == loss_call:
                            self.losses.add(id(node))
                    elif any(isinstance(n, (ast.Name, ast.Attribute)) and ast.unparse(n) == after
                             for t in names for n in ast.walk(t)):
                        self.losses.add(id(node))
        self.loss_name = loss_name
        self.loss_function = spec["loss"].get("function")
        self.data = spec["data"]
        self.learning_rate = spec["learningRate"]
        self.current = {}
        self.events = []

    def global_trace(self, frame, event, arg):
        code = frame.f_code
        if code.co_filename != self.path or (code.co_name.startswith("<") and code.co_name != "<module>"):
            return None
        return self.local_trace

    def local_trace(self, frame, event, arg):
        if event == "line":
            node = self.lines.get(frame.f_lineno)
            state = self.current.get(frame)
            if state is not None and node is not None and state[0] is node:
                return self.local_trace
            if state is not None:
                self.finish(frame, state)
            self.current[frame] = self.start(frame, node) if node is not None else None
        elif event == "return":
            state = self.current.pop(frame, None)
            if state is not None:
                self.finish(frame, state)
        return self.local_trace

    def evaluate(self, frame, text):
        return eval(text, frame.f_globals, frame.f_locals)

    def rest(self, frame, start, text):
        """.weights[k] with k's value: the part of a target after the name it starts from, as bpdiff names it (a
        negative index counted from the front of its list: ['weights'][-1] of three weights is ['weights'][2])."""
        node = ast.parse("_" + text, mode="eval").body
        steps = []
        while isinstance(node, (ast.Attribute, ast.Subscript)):
            steps.insert(0, node)
            node = node.value
        value, parts = self.evaluate(frame, start), []
        for step in steps:
            if isinstance(step, ast.Attribute):
                parts.append("." + step.attr)
                value = getattr(value, step.attr)
            else:
                key = self.evaluate(frame, unparse(step.slice))
                if isinstance(value, (list, tuple)) and isinstance(key, int) and key < 0:
                    key += len(value)
                parts.append("[%r]" % key)
                value = value[key]
        return "".join(parts)

    def element(self, frame, base, keys):
        value = self.evaluate(frame, base)
        for key in keys:
            value = value[key]
        return value

    def start(self, frame, node):
        pending = []
        for target in self.updates.get(id(node), ()):
            try:
                current = self.evaluate(frame, target.text)
                lr = float(self.evaluate(frame, self.learning_rate))
            except (NameError, KeyError, AttributeError, IndexError):
                # not an update: the statement makes the parameter (syn0 = 2 * np.random.random((3, 4)) - 1), or
                # passes it to the function that updates it, where the learning rate is in scope
                continue
            if target.kind == "list" and isinstance(current, dict):
                # parameters = update_parameters(parameters, grads, ...): a dict is stepped inside the call, by key
                continue
            if target.kind == "plain":
                pending.append((target, [(target.text, None)], lr,
                                [snapshot(self.evaluate(frame, target.text))]))
            elif target.kind == "subscript":
                keys = [self.evaluate(frame, k) for k in target.key]
                name = target.text + "".join(subscript(k) for k in keys)
                pending.append((target, [(name, keys)], lr, [snapshot(self.element(frame, target.text, keys))]))
            elif target.kind == "setattr":
                attribute = self.evaluate(frame, target.key)
                name = target.text + "." + attribute
                if name in self.parameters:
                    pending.append((target, [(name, attribute)], lr,
                                    [snapshot(getattr(current, attribute))]))
            elif target.kind == "dict":
                entries = self.evaluate(frame, target.text)
                pending.append((target, [("%s[%r]" % (target.text, k), k) for k in entries], lr,
                                [snapshot(v) for v in entries.values()]))
            elif target.kind == "next":
                local = {} if frame.f_code.co_name == "<module>" else dict(frame.f_locals)
                held = self.evaluate(frame, target.key)
                path = path_of(held, local, frame.f_globals, {target.key, target.text} | self.loop_variables)
                if path is not None and path in self.parameters:
                    pending.append((target, [(path, None)], lr, [snapshot(held)]))
            elif target.kind == "located":
                local = {} if frame.f_code.co_name == "<module>" else dict(frame.f_locals)
                path = path_of(self.evaluate(frame, target.key), local, frame.f_globals,
                               {target.key} | self.loop_variables)
                if path is None:
                    continue  # kept nowhere a path reaches: no parameter (a parameter never stepped fails below)
                name = path + self.rest(frame, target.key, target.text[len(target.key):])
                if name in self.parameters:
                    pending.append((target, [(name, None)], lr, [snapshot(current)]))
            else:
                values = list(self.evaluate(frame, target.text))
                names = [("%s[%d]" % (target.text, i), i) for i in range(len(values))]
                pending.append((target, names, lr, [snapshot(v) for v in values]))
        return (node, pending)

    def finish(self, frame, state):
        node, pending = state
        for target, names, lr, befores in pending:
            if target.kind == "plain":
                afters = [snapshot(self.evaluate(frame, target.text))]
            elif target.kind == "subscript":
                afters = [snapshot(self.element(frame, target.text, names[0][1]))]
            elif target.kind in ("located", "next"):
                afters = [snapshot(self.evaluate(frame, target.text))]
            elif target.kind == "setattr":
                afters = [snapshot(getattr(self.evaluate(frame, target.text), names[0][1]))]
            elif target.kind == "dict":
                entries = self.evaluate(frame, target.text)
                afters = [snapshot(entries[key]) for _, key in names]
            else:
                values = list(self.evaluate(frame, target.text))
                if len(values) != len(befores):
                    raise CorpusError("line %d changes the length of %s" % (node.lineno, target.text))
                afters = [snapshot(v) for v in values]
            for (name, _), before, after in zip(names, befores, afters):
                self.events.append(("update", name, node.lineno, before, after, lr))
        if id(node) in self.losses and (self.loss_function is None or frame.f_code.co_name == self.loss_function):
            value = (self.evaluate(frame, self.loss_expression) if self.loss_expression is not None
                     else self.evaluate(frame, self.loss_name) if "." in self.loss_name  # a loss layer's self.loss
                     else frame.f_locals.get(self.loss_name))
            if is_program_object(value) and hasattr(value, "data"):
                value = value.data  # a micrograd Value: the loss is the number it holds
            if value is not None and not isinstance(value, (str, bool)):
                import numpy as np
                loss = np.asarray(value, dtype=np.float64)
                if loss.size != 1:
                    raise CorpusError("the loss %s at line %d holds %d numbers"
                                      % (self.loss_name or self.loss_expression, node.lineno, loss.size))
                data = {k: np.array(self.evaluate(frame, e), copy=True) for k, e in self.data.items()}
                self.events.append(("loss", float(loss.reshape(())), node.lineno, data))


def is_program_object(value):
    """Whether a value is an object of a class the program defines (its module is __main__)."""
    return type(value).__module__ == "__main__" and hasattr(value, "__dict__")


def path_of(obj, locals_, globals_, skip):
    """How bpdiff names an object reached through a loop variable or self (ValuePaths): the first path to it found
    breadth first from the running function's variables (by name), then the module's (in the order they were
    made), those starting with _ and the names in `skip` (the one the target starts from, the loop variables) left
    out, through program objects' attributes not starting with _, list and
    tuple items and dict values under str or int keys (shown by repr); None if nothing leads to it."""
    from collections import deque
    roots = sorted(locals_.items()) + list(globals_.items())
    queue = deque((k, v) for k, v in roots if k not in skip and not k.startswith("_"))
    seen = set()
    while queue and len(seen) < 20000:
        path, value = queue.popleft()
        if value is obj:
            return path
        if id(value) in seen:
            continue
        seen.add(id(value))
        if is_program_object(value):
            queue.extend((path + "." + k, v) for k, v in vars(value).items() if not k.startswith("_"))
        elif isinstance(value, (list, tuple)):
            queue.extend(("%s[%d]" % (path, i), v) for i, v in enumerate(value))
        elif isinstance(value, dict):
            queue.extend(("%s[%r]" % (path, k), v) for k, v in value.items()
                         if isinstance(k, (str, int)) and not isinstance(k, bool))
    return None


def trace_main(program, spec_file, record_file):
    """Child process: run the program as __main__ under the tracer, then write what was recorded."""
    import runpy
    with open(spec_file, encoding="utf-8") as f:
        spec = json.load(f)
    path = os.path.abspath(program)
    tracer = Tracer(path, spec)
    sys.argv = [path]
    sys.path[0] = os.path.dirname(path)
    sys.settrace(tracer.global_trace)
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as e:
        # sys.exit(main()) with code None or 0 ends the program normally, as CPython ends it with status 0
        if not (e.code is None or e.code is False or type(e.code) is int and e.code == 0):
            raise
    finally:
        sys.settrace(None)
    sys.stdout.flush()
    with open(record_file, "wb") as f:
        pickle.dump(tracer.events, f)


# ----------------------------------------------------------------------------------------------------------
# The network families: one torch forward each, written from the lecture and the courses, not from the programs.
# ----------------------------------------------------------------------------------------------------------

def activation(name, z):
    import torch
    if name == "sigmoid":
        return 1 / (1 + torch.exp(-z))
    if name == "tanh":
        return torch.tanh(z)
    if name == "relu":
        return torch.relu(z)
    if name == "identity":
        return z
    raise CorpusError("unknown activation " + name)


def lecture_family(p, d, options):
    """The lecture's 2-2-2 network: in_h1 = w1 x1 + w3 x2, in_h2 = w2 x1 + w4 x2, in_o1 = w5 h1 + w7 h2,
    in_o2 = w6 h1 + w8 h2 (the eight weights may be one array w); losses half-sse = ½Σ(o−y)², bce = Σ −[y ln o + (1−y) ln(1−o)]."""
    import torch
    if "w" in p:  # the eight weights as one array
        p = {"w%d" % (i + 1): p["w"][i] for i in range(8)}
    x1, x2, y1, y2 = d["x1"], d["x2"], d["y1"], d["y2"]
    h1 = activation(options["hidden"], p["w1"] * x1 + p["w3"] * x2)
    h2 = activation(options["hidden"], p["w2"] * x1 + p["w4"] * x2)
    o1 = activation(options["output"], p["w5"] * h1 + p["w7"] * h2)
    o2 = activation(options["output"], p["w6"] * h1 + p["w8"] * h2)
    o, y = torch.stack([o1, o2]), torch.stack([y1, y2])
    if options["loss"] == "half-sse":
        return 0.5 * torch.sum((o - y) ** 2)
    if options["loss"] == "bce":
        return -torch.sum(y * torch.log(o) + (1 - y) * torch.log(1 - o))
    raise CorpusError("unknown loss " + options["loss"])


def mlp_family(p, d, options):
    """A fully connected network: Z_l = W_l A_{l-1} + b_l ("Wx", samples in columns) or A_{l-1} W_l + b_l
    ("xW", samples in rows), A_l = act_l(Z_l) (Z_l batch-normalized first, γ_l (Z_l − μ) / √(σ² + ε) + β_l, for the layers
    the option "batchnorm" lists), times D_l / keep_prob for the layers the option "dropout" lists (the
    data's masks "D<l>" and "keep_prob"), a weight stepped element by element given as its elements (assembled);
    losses bce-mean = −mean[Y ln(A+ε) + (1−Y) ln(1−A+ε)] (ε the option
    "epsilon", default 0)
    (+ λ/(2m) Σ‖W‖² with "l2"), bce-per-sample = −Σ[Y ln A + (1−Y) ln(1−A)] / m (+ λ/(2n) Σ‖W‖² with "l2", n the
    data's "n"), softmax-ce = mean −log softmax(Z)[y] + s·reg·Σ‖W‖², multiclass-svm = mean Σ_{j≠y} max(0, Z_j − Z_y + 1)
    + s·reg·Σ‖W‖² (CS231n's structured SVM), sse = scale·Σ(A−Y)²,
    mse = mean (A−Y)²."""
    import torch
    p = assembled(p)
    a = d["X"]
    weights = []
    for layer, name in enumerate(options["activations"], start=1):
        w = p["W%d" % layer]
        weights.append(w)
        z = w @ a if options["layout"] == "Wx" else a @ w
        if "b%d" % layer in p:
            z = z + p["b%d" % layer]
        if layer in options.get("batchnorm", ()):
            # CS231n's train-mode batch normalization over the samples (rows): γ (z − μ) / √(σ² + ε) + β
            mean, var = torch.mean(z, dim=0), torch.var(z, dim=0, unbiased=False)
            z = p["gamma%d" % layer] * ((z - mean) / torch.sqrt(var + options.get("bnEpsilon", 1e-5))) + p["beta%d" % layer]
        a = activation(name, z)
        if layer in options.get("dropout", ()):
            # deeplearning.ai's inverted dropout: A = A * D / keep_prob, the program's mask D<l> given as data
            a = a * d["D%d" % layer] / d["keep_prob"]
    loss = options["loss"]
    if loss == "bce-mean":
        y = d["Y"]
        eps = options.get("epsilon", 0.0)  # a smoothing constant the program adds inside both logs
        value = -torch.mean(y * torch.log(a + eps) + (1 - y) * torch.log(1 - a + eps))
        if options.get("l2"):
            m = y.shape[-1] if options["layout"] == "Wx" else y.shape[0]
            value = value + d["lambd"] / (2 * m) * sum(torch.sum(w * w) for w in weights)
        return value
    if loss == "softmax-ce":
        labels = d["y"].long()
        if options.get("epsilon"):  # a smoothing constant inside the log, -log(p + 1e-7) (Saito's cross_entropy_error)
            value = -torch.mean(torch.log(torch.softmax(a, dim=1)[torch.arange(a.shape[0]), labels]
                                          + options["epsilon"]))
        else:
            logp = torch.log_softmax(a, dim=1)
            value = -torch.mean(logp[torch.arange(a.shape[0]), labels])
        return value + options["regScale"] * d["reg"] * sum(torch.sum(w * w) for w in weights)
    if loss == "bce-per-sample":
        # Nielsen's network2: CrossEntropyCost.fn summed over the outputs, averaged over the mini-batch's samples,
        # + λ/(2n) Σ‖W‖² with n the size of the whole training set
        y = d["Y"]
        m = y.shape[-1] if options["layout"] == "Wx" else y.shape[0]
        value = -torch.sum(y * torch.log(a) + (1 - y) * torch.log(1 - a)) / m
        if options.get("l2"):
            value = value + d["lambd"] / (2 * d["n"]) * sum(torch.sum(w * w) for w in weights)
        return value
    if loss == "multiclass-svm":
        # CS231n's structured SVM: mean over samples of sum_{j != y} max(0, s_j - s_y + 1), + s·reg·Σ‖W‖²
        labels = d["y"].long()
        rows = torch.arange(a.shape[0])
        margins = torch.clamp(a - a[rows, labels].reshape(-1, 1) + 1, min=0)
        others = torch.ones_like(margins)
        others[rows, labels] = 0
        return (torch.sum(margins * others) / a.shape[0]
                + options["regScale"] * d["reg"] * sum(torch.sum(w * w) for w in weights))
    if loss == "sse":
        return options["scale"] * torch.sum((a - d["Y"]) ** 2)
    if loss == "mse":
        return torch.mean((a - d["Y"]) ** 2)
    raise CorpusError("unknown loss " + loss)


def assembled(p):
    """The parameters with every array whose elements are parameters of their own (roles "W1[0, 1]", "W1[2]": an array
    stepped element by element) put together as one tensor of the array's shape, row-major, named by its base."""
    import math
    import re
    import torch
    elements = {}
    for role, leaf in p.items():
        m = re.fullmatch(r"(\w+)\[(\d+(?:, \d+)*)\]", role)
        if m:
            elements.setdefault(m.group(1), {})[tuple(int(i) for i in m.group(2).split(", "))] = leaf
    out = {role: leaf for role, leaf in p.items() if not re.fullmatch(r"\w+\[[\d, ]+\]", role)}
    for base, items in elements.items():
        shape = tuple(max(index[axis] for index in items) + 1 for axis in range(len(next(iter(items)))))
        order = sorted(items)
        if len(order) != math.prod(shape):
            raise CorpusError("the elements of %s do not fill its shape %r" % (base, shape))
        out[base] = torch.stack([items[i] for i in order]).reshape(shape)
    return out


def scalar_mlp_family(p, d, options):
    """A fully connected network kept number by number (lists of lists, micrograd's Neuron/Layer/MLP): for each
    layer l (1-based, options "activations" one per layer) neuron j of the sample x computes
    a_j = act_l(b_l[j] + Σ_i W_l[j][i] a_i), the roles being "W<l>[j][i]" and "b<l>[j]" (a layer without bias
    roles has none, or the data's constant "b<l>" shared by its neurons: Mazur's fixed b1 and b2); "x" is one sample and "y" its target(s), or "X" and "Y" hold several samples whose losses are
    added (averaged with "reduction": "mean"); losses per sample half-sse = ½Σ(a−y)², sse = Σ(a−y)²,
    bce = −Σ[y ln a + (1−y) ln(1−a)]; "l2": α adds α Σ p² over every parameter."""
    import torch
    samples = [(d["x"], d["y"])] if "x" in d else list(zip(d["X"], d["Y"]))
    total = 0
    for x, y in samples:
        a = [v for v in torch.atleast_1d(x)]
        for layer, name in enumerate(options["activations"], start=1):
            neurons = sorted({int(r.split("[")[1].rstrip("]")) for r in p if r.startswith("W%d[" % layer)})
            nxt = []
            for j in neurons:
                z = p.get("b%d[%d]" % (layer, j), d.get("b%d" % layer, torch.zeros((), dtype=torch.float64)))
                for i, ai in enumerate(a):
                    z = z + p["W%d[%d][%d]" % (layer, j, i)] * ai
                nxt.append(activation(name, z))
            a = nxt
        out, target = torch.stack(a), torch.atleast_1d(y).to(torch.float64)
        if options["loss"] == "half-sse":
            total = total + 0.5 * torch.sum((out - target) ** 2)
        elif options["loss"] == "sse":
            total = total + torch.sum((out - target) ** 2)
        elif options["loss"] == "bce":
            total = total - torch.sum(target * torch.log(out) + (1 - target) * torch.log(1 - out))
        else:
            raise CorpusError("unknown loss " + options["loss"])
    if options.get("reduction") == "mean":
        total = total / len(samples)
    if "l2" in options:  # micrograd's reg_loss = alpha * sum(p * p for p in model.parameters())
        total = total + options["l2"] * sum(v * v for v in p.values())
    return total


def rnn_family(p, d, options):
    """A vanilla RNN unrolled over the sequence "xs" (T column vectors): h_0 = 0, h_t = tanh(Wxh x_t + Whh h_{t-1}),
    the output y = Why h_T read after the last step; loss half-sse = ½Σ(y − target)²."""
    import torch
    h = torch.zeros((p["Whh"].shape[0], 1), dtype=torch.float64)
    for x in d["xs"]:
        h = torch.tanh(p["Wxh"] @ x + p["Whh"] @ h)
    y = p["Why"] @ h
    if options["loss"] == "half-sse":
        return 0.5 * torch.sum((y - d["target"]) ** 2)
    raise CorpusError("unknown loss " + options["loss"])


def unrolled_family(p, d, options):
    """Andrew Ng's Machine Learning, exercise 4: every layer's Θ_l (outputs × (1 + inputs), the bias first)
    unrolled row by row into one vector "theta", the layer sizes the option "sizes"; a_l = sigmoid([1, a_{l-1}] Θ_lᵀ)
    with samples in rows; J = −Σ[Y ln a + (1−Y) ln(1−a)] / m + λ/(2m) Σ_l ‖Θ_l[:, 1:]‖² (the data's one-hot "Y" and
    "lambda")."""
    import torch
    theta, a = p["theta"], d["X"]
    m = a.shape[0]
    offset, squares = 0, 0
    for n_in, n_out in zip(options["sizes"], options["sizes"][1:]):
        t = theta[offset:offset + n_out * (n_in + 1)].reshape(n_out, n_in + 1)
        offset += n_out * (n_in + 1)
        a = activation("sigmoid", torch.cat([torch.ones((m, 1), dtype=torch.float64), a], dim=1) @ t.T)
        squares = squares + torch.sum(t[:, 1:] ** 2)
    y = d["Y"]
    return -torch.sum(torch.log(a) * y + torch.log(1 - a) * (1 - y)) / m + d["lambda"] / (2 * m) * squares


FAMILIES = {"lecture": lecture_family, "mlp": mlp_family, "scalar-mlp": scalar_mlp_family, "rnn": rnn_family,
            "unrolled": unrolled_family}


# ----------------------------------------------------------------------------------------------------------
# The parent: run, trace, differentiate, judge.
# ----------------------------------------------------------------------------------------------------------

def environment(stub_dir):
    env = dict(os.environ)
    env.update({"MPLBACKEND": "Agg", "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"})
    env.pop("PYTHONPATH", None)
    if stub_dir:
        env["PYTHONPATH"] = stub_dir
    return env


MATPLOTLIB_STUB = '''"""Stand-in for matplotlib: every call is accepted and does nothing (corpus_reference.py)."""
class _Anything:
    def __getattr__(self, name):
        return _Anything()
    def __call__(self, *args, **kwargs):
        return _Anything()
    def __getitem__(self, key):
        return _Anything()
    def __setitem__(self, key, value):
        pass
    def __iter__(self):
        return iter((_Anything(), _Anything()))
def __getattr__(name):
    return _Anything()
rcParams = {}
'''


def matplotlib_version():
    """Debian's matplotlib if /usr/bin/python3 has it, else a stub directory to put on the path."""
    probe = subprocess.run([sys.executable, "-c", "import matplotlib; print(matplotlib.__version__)"],
                           capture_output=True, text=True)
    if probe.returncode == 0:
        return probe.stdout.strip(), None
    stub = tempfile.mkdtemp(prefix="corpus-mpl-")
    os.makedirs(os.path.join(stub, "matplotlib"))
    for name in ("__init__.py", "pyplot.py"):
        with open(os.path.join(stub, "matplotlib", name), "w") as f:
            f.write(MATPLOTLIB_STUB)
    return "stub (matplotlib is not installed)", stub


def run_program(path, stub_dir):
    import time
    started = time.monotonic()
    plain = subprocess.run([sys.executable, path], capture_output=True, env=environment(stub_dir), timeout=60)
    seconds = time.monotonic() - started
    if plain.returncode != 0:
        raise CorpusError("%s exits %d under CPython:\n%s" % (path, plain.returncode, plain.stderr.decode()))
    return plain.stdout, plain.stderr, seconds


def traced_run(path, entry, stub_dir):
    with tempfile.TemporaryDirectory(prefix="corpus-trace-") as tmp:
        spec_file = os.path.join(tmp, "spec.json")
        record_file = os.path.join(tmp, "record.pickle")
        with open(spec_file, "w", encoding="utf-8") as f:
            json.dump({"parameters": list(entry["parameters"]), "loss": entry["loss"], "data": entry["data"],
                       "learningRate": entry["learningRate"]}, f)
        traced = subprocess.run([sys.executable, os.path.abspath(__file__), "--trace", path, spec_file, record_file],
                                capture_output=True, env=environment(stub_dir), timeout=120)
        if traced.returncode != 0:
            raise CorpusError("%s fails under the tracer:\n%s" % (path, traced.stderr.decode()))
        with open(record_file, "rb") as f:
            return traced.stdout, pickle.load(f)


def epochs_of(entry, events):
    """Per epoch: the weights (values before each parameter's k-th update), the loss and data, the updates."""
    names = list(entry["parameters"])
    updates = {n: [] for n in names}
    for index, event in enumerate(events):
        if event[0] == "update":
            if event[1] not in updates:
                raise CorpusError("line %d updates %s, which the manifest does not list" % (event[2], event[1]))
            updates[event[1]].append((index,) + event[1:])
    counts = {n: len(u) for n, u in updates.items()}
    if len(set(counts.values())) != 1 or not counts[names[0]]:
        raise CorpusError("the parameters are not updated equally often: %s" % counts)
    total = counts[names[0]]
    for n in names:
        for k in range(1, total):
            if not equal(updates[n][k - 1][4], updates[n][k][3]):
                raise CorpusError("%s changed between its updates %d and %d" % (n, k, k + 1))
    epochs = []
    previous_end = -1
    for k in range(total):
        first = min(updates[n][k][0] for n in names)
        last = max(updates[n][k][0] for n in names)
        if first <= previous_end:
            raise CorpusError("epoch %d starts before epoch %d has updated every parameter" % (k + 1, k))
        losses = [(i, e) for i, e in enumerate(events[:first]) if e[0] == "loss" and i > previous_end]
        if k == 0:
            at_end = not losses
        if at_end:
            # the loss printed at the end of the loop, computed from the forward pass before the updates (no loss
            # before the first epoch's): the first loss after them and before the next epoch's (the family's loss at
            # this epoch's weights must equal it)
            following = min((updates[n][k + 1][0] for n in names), default=len(events)) if k + 1 < total \
                else len(events)
            losses = [(i, e) for i, e in enumerate(events[:following]) if e[0] == "loss" and i > last][:1]
        if not losses:
            raise CorpusError("epoch %d: no loss is computed at its weights" % (k + 1))
        epochs.append({"loss": losses[-1][1], "updates": {n: updates[n][k] for n in names}})
        previous_end = last
    return epochs


def equal(a, b):
    import numpy as np
    return a.shape == b.shape and np.array_equal(a, b)


def judge(entry, epochs):
    """Per parameter and epoch: is before − after = lr·∂L/∂θ at the epoch's weights?"""
    import numpy as np
    import torch
    family = FAMILIES[entry["family"]]
    roles = entry["parameters"]
    verdicts = {n: [] for n in roles}
    first_gradients = {}
    states = {}  # per parameter: the optimizer's state (velocity, squared-gradient caches) from the true gradients
    right_ratio, wrong_ratio, loss_difference = 0.0, None, 0.0
    for k, epoch in enumerate(epochs, start=1):
        _, loss_value, loss_line, data = epoch["loss"]
        leaves = {role: torch.tensor(epoch["updates"][n][3], dtype=torch.float64, requires_grad=True)
                  for n, role in roles.items()}
        tensors = {key: torch.tensor(np.asarray(v, dtype=np.float64)) for key, v in data.items()}
        loss = family(leaves, tensors, entry["options"])
        difference = abs(loss.item() - loss_value)
        if difference > LOSS_RTOL * abs(loss_value) + LOSS_ATOL:
            raise CorpusError("epoch %d: the %s family's loss %r differs from the program's %r (line %d)"
                              % (k, entry["family"], loss.item(), loss_value, loss_line))
        loss_difference = max(loss_difference, difference / max(abs(loss_value), 1e-300))
        roles_list = list(roles.values())
        if entry["options"].get("epsilonOutsideGradient"):
            # the program's loss smooths its log with epsilon and its hand gradient leaves it out, as the usual
            # formula does (Saito's (y - t) / batch_size): the steps are held to the gradient without it
            loss = family(leaves, tensors, dict(entry["options"], epsilon=0.0))
        grads = torch.autograd.grad(loss, [leaves[r] for r in roles_list], allow_unused=True)
        gradient = {r: (g if g is not None else torch.zeros_like(leaves[r])).numpy() for r, g in zip(roles_list, grads)}
        largest = max(float(np.max(np.abs(g))) if g.size else 0.0 for g in gradient.values())
        optimizer = entry.get("optimizer")
        steps = {}
        for name, role in roles.items():
            _, _, line, before, after, lr = epoch["updates"][name]
            g = gradient[role]
            if optimizer is not None and g.shape == before.shape:
                steps[name] = optimizer_step(optimizer, states.setdefault(name, {}), g, lr, k)
        largest_step = max((float(np.max(np.abs(v))) for v in steps.values() if v.size), default=0.0)
        for name, role in roles.items():
            _, _, line, before, after, lr = epoch["updates"][name]
            g = gradient[role]
            if k == 1:
                first_gradients[name] = (before, after, lr, g, line)
            if before.shape != after.shape or g.shape != before.shape:
                verdicts[name].append(True)
                continue
            if optimizer is None:
                error = np.abs((before - after) - lr * g)
                bound = (RTOL * np.abs(lr * g) + 64 * EPS * (np.abs(before) + np.abs(after))
                         + 1e-12 * abs(lr) * largest)
            else:
                # the optimizer's step from PyTorch's gradients of every epoch so far, as the course defines it
                error = np.abs((before - after) - steps[name])
                bound = (RTOL * np.abs(steps[name]) + 64 * EPS * (np.abs(before) + np.abs(after))
                         + 1e-12 * largest_step)
            bound = np.maximum(bound, np.finfo(np.float64).tiny)
            ratio = float(np.max(error / bound)) if error.size else 0.0
            if ratio <= 1:
                right_ratio = max(right_ratio, ratio)
                verdicts[name].append(False)
            elif ratio > WRONG_FACTOR:
                wrong_ratio = ratio if wrong_ratio is None else min(wrong_ratio, ratio)
                verdicts[name].append(True)
            else:
                raise CorpusError("epoch %d: the update of %s (line %d) is neither right nor clearly wrong: error "
                                  "%.3g times the tolerance" % (k, name, line, ratio))
    return verdicts, first_gradients, right_ratio, wrong_ratio, loss_difference


def optimizer_step(optimizer, state, g, lr, k):
    """What epoch k's update subtracts under the manifest's optimizer, from the true gradient g of every epoch so far
    (state carries the velocity and caches between epochs), with the learning rate lr then in force:
    momentum (deeplearning.ai)  v = b v + (1-b) g, step lr v
    heavy-ball (Saito, nnfs)    v = mu v - lr g, step -v
    adagrad                     h = h + g^2, step lr g / (sqrt(h) + eps)
    rmsprop                     s = rho s + (1-rho) g^2, step lr g / (sqrt(s) + eps)
    adam (deeplearning.ai, nnfs) m = b1 m + (1-b1) g, v = b2 v + (1-b2) g^2,
                                 step lr (m / (1-b1^k)) / (sqrt(v / (1-b2^k)) + eps)
    adam-saito                  m = m + (1-b1)(g - m), v = v + (1-b2)(g^2 - v),
                                 step lr sqrt(1-b2^k) / (1-b1^k) m / (sqrt(v) + eps)"""
    import numpy as np
    rule = optimizer["rule"]
    zero = np.zeros_like(g)
    if rule == "momentum":
        v = optimizer["beta"] * state.get("v", zero) + (1 - optimizer["beta"]) * g
        state["v"] = v
        return lr * v
    if rule == "heavy-ball":
        v = optimizer["momentum"] * state.get("v", zero) - lr * g
        state["v"] = v
        return -v
    if rule == "adagrad":
        h = state.get("h", zero) + g * g
        state["h"] = h
        return lr * g / (np.sqrt(h) + optimizer["epsilon"])
    if rule == "rmsprop":
        s = optimizer["rho"] * state.get("s", zero) + (1 - optimizer["rho"]) * g ** 2
        state["s"] = s
        return lr * g / (np.sqrt(s) + optimizer["epsilon"])
    b1, b2 = optimizer.get("beta1"), optimizer.get("beta2")
    if rule == "adam":
        m = b1 * state.get("m", zero) + (1 - b1) * g
        v = b2 * state.get("v", zero) + (1 - b2) * g ** 2
        state["m"], state["v"] = m, v
        return lr * (m / (1 - b1 ** k)) / (np.sqrt(v / (1 - b2 ** k)) + optimizer["epsilon"])
    if rule == "adam-saito":
        m = state.get("m", zero) + (1 - b1) * (g - state.get("m", zero))
        v = state.get("v", zero) + (1 - b2) * (g ** 2 - state.get("v", zero))
        state["m"], state["v"] = m, v
        return lr * np.sqrt(1 - b2 ** k) / (1 - b1 ** k) * m / (np.sqrt(v) + optimizer["epsilon"])
    raise CorpusError("unknown optimizer " + rule)


def number(x):
    import math
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def listed(a):
    import numpy as np
    a = np.asarray(a, dtype=np.float64)
    if a.ndim == 0:
        return number(a)
    return [listed(v) for v in a]


def reference(entry, root, out_dir, versions, stub_dir):
    path = os.path.join(CORPUS, entry["file"])
    with open(os.path.join(root, path), "rb") as f:
        source = f.read()
    text = source.decode("utf-8")
    mistake = entry.get("mistake")
    if entry["correct"] != (mistake is None):
        raise CorpusError("%s: a program is correct exactly when it has no mistake" % path)
    if mistake is not None and mistake["statement"] not in text:
        raise CorpusError("%s: the mistake's statement %r is not in the program" % (path, mistake["statement"]))
    stdout, stderr, seconds = run_program(path, stub_dir)
    traced_stdout, events = traced_run(path, entry, stub_dir)
    if traced_stdout != stdout:
        raise CorpusError("%s prints differently under the tracer" % path)
    epochs = epochs_of(entry, events)
    verdicts, first, right_ratio, wrong_ratio, loss_difference = judge(entry, epochs)
    wrong = [n for n in entry["parameters"] if any(verdicts[n])]
    expected = [] if mistake is None else mistake["parameters"]
    if sorted(wrong) != sorted(expected):
        raise CorpusError("%s: the wrong parameters are %s, the manifest says %s" % (path, wrong, expected))
    parameters = []
    for name, role in entry["parameters"].items():
        before, after, lr, g, line = first[name]
        flags = verdicts[name]
        parameters.append({
            "name": name,
            "role": role,
            "shape": list(before.shape),
            "updateLine": line,
            "updates": len(flags),
            "wrong": any(flags),
            "firstWrongEpoch": flags.index(True) + 1 if any(flags) else None,
            "wrongEpochs": sum(flags),
            "epoch1": {"before": listed(before), "after": listed(after), "learningRate": number(lr),
                       "gradient": listed(g)},
        })
    stdout_name = entry["file"][:-3] + ".out"
    doc = {
        "schema": SCHEMA,
        "provenance": {
            "generator": "tools/corpus_reference.py",
            "command": COMMAND,
            "python": versions["python"],
            "numpy": versions["numpy"],
            "torch": versions["torch"],
            "matplotlib": versions["matplotlib"],
            "description": "The program run unchanged by CPython (stdout in %s), its parameters' updates recorded "
                           "with sys.settrace, and each update compared with the learning rate times PyTorch's "
                           "float64 autograd gradient of the manifest's network family at the epoch's weights%s."
                           % (stdout_name, "" if "optimizer" not in entry else
                              " (through the manifest's optimizer, %s, its state carried from PyTorch's gradients of "
                              "the epochs before)" % entry["optimizer"]["rule"]),
        },
        "program": path,
        "sha256": hashlib.sha256(source).hexdigest(),
        "style": entry["style"],
        "correct": entry["correct"],
        "mistake": mistake,
        "family": entry["family"],
        "options": entry["options"],
        "loss": entry["loss"],
        **({"optimizer": entry["optimizer"]} if "optimizer" in entry else {}),
        "tolerance": {"rtol": RTOL, "absolute": "64 eps (|before| + |after|) + 1e-12 lr max|g|",
                      "wrongBeyond": WRONG_FACTOR},
        "epochs": len(epochs),
        "parameters": parameters,
        "wrongParameters": wrong,
        "firstWrongEpoch": min((p["firstWrongEpoch"] for p in parameters if p["wrong"]), default=None),
        "margins": {"largestErrorOfRightUpdates": number(right_ratio),
                    "smallestErrorOfWrongUpdates": None if wrong_ratio is None else number(wrong_ratio),
                    "unit": "the tolerance above",
                    "largestRelativeLossDifference": number(loss_difference)},
        "losses": {"first": number(epochs[0]["loss"][1]), "last": number(epochs[-1]["loss"][1])},
        "stdout": {"file": stdout_name, "sha256": hashlib.sha256(stdout).hexdigest(),
                   "lines": stdout.count(b"\n")},
    }
    with open(os.path.join(out_dir, entry["file"][:-3] + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(out_dir, stdout_name), "wb") as f:
        f.write(stdout)
    return doc, seconds, stderr


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--trace":
        trace_main(*sys.argv[2:5])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="reference-results/corpus")
    parser.add_argument("--manifest", default=MANIFEST)
    parser.add_argument("programs", nargs="*", help="only these files of the manifest")
    args = parser.parse_args()
    import numpy
    import torch
    torch.set_num_threads(1)
    root = os.getcwd()
    with open(args.manifest, encoding="utf-8") as f:
        manifest = json.load(f)
    mpl, stub_dir = matplotlib_version()
    versions = {"python": platform.python_version(), "numpy": numpy.__version__, "torch": torch.__version__,
                "matplotlib": mpl}
    os.makedirs(args.out, exist_ok=True)
    wanted = {os.path.basename(p) for p in args.programs}
    failures = 0
    for entry in manifest["programs"]:
        if wanted and entry["file"] not in wanted:
            continue
        try:
            doc, seconds, stderr = reference(entry, root, args.out, versions, stub_dir)
            print("%-40s %-8s %5.2fs  epochs %4d  wrong %s" % (entry["file"], "correct" if entry["correct"] else
                  "mistake", seconds, doc["epochs"], ", ".join(doc["wrongParameters"]) or "-"))
            if stderr:
                print("  stderr: " + stderr.decode().strip().replace("\n", "\n  "))
        except CorpusError as e:
            failures += 1
            print("%-40s FAILED: %s" % (entry["file"], e), file=sys.stderr)
    if failures:
        print("%d program(s) failed" % failures, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
