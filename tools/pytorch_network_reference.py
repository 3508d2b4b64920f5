#!/usr/bin/env python3
"""Reference values for any bpdiff network file, computed by real PyTorch autograd.

Provenance
----------
This script reads a bpdiff network file (docs/network-files.md: layers,
weight matrices of parameter names, optional biases with null rows, parameters,
frozen, activation, loss, learningRate, epochs, samples) and trains it with
PyTorch the way a course's program does:

* every distinct parameter is its own scalar leaf tensor with
  ``requires_grad=True``; a layer's weight matrix and bias vector are
  ``torch.stack``-ed from the leaves, so a parameter named by several
  connections receives the sum of the gradients of all its uses;
* layer ``l`` computes ``in = torch.nn.functional.linear(out_below, W, b)``
  (rows are samples) and ``out = act(in)``;
* the loss is taken over all samples at once (full batch), ``loss.backward()``
  runs, and every trainable parameter takes the step
  ``w.data = w.data - lr * w.grad.data`` in the working dtype; frozen
  parameters get a gradient but keep their value.

``activation`` is one name for every computed layer, or an array with one
name per computed layer (hidden layers first, output last).  Activations:
``sigmoid`` (op by op ``1 / (1 + torch.exp(-z))``, as the homework writes it),
``builtin-sigmoid`` (``torch.sigmoid``), ``relu`` (``torch.relu``), ``tanh``
(``torch.tanh``), ``leaky-relu`` (``torch.nn.LeakyReLU()``, slope 0.01) and
``identity`` (no activation).  Losses, on the outputs ``o`` and targets ``y``
of all samples (rows) and outputs (columns): ``half-sse``
``0.5 * torch.sum((o - y) ** 2)``; ``mse-mean`` ``torch.nn.MSELoss()``;
``mse-sum`` ``torch.nn.MSELoss(reduction='sum')``; ``mse-per-output`` one
``MSELoss()`` per output column, summed; ``djl-l2``
``0.5 * torch.mean((o - y) ** 2)`` (DJL's L2Loss); ``softmax-ce``
``torch.nn.CrossEntropyLoss()`` with class-probability targets and the output
layer's activated outputs as logits; ``bce`` ``torch.nn.BCELoss()`` with its
clamps.

Every network runs in float32 and in float64.  Float32 values are made from
the file's numbers as ``torch.tensor(value, dtype=torch.float32)`` makes them
(rounded to the nearest float).  For every epoch the file records: the loss,
dL/dparameter, the forward ``in`` and ``out`` of every neuron and sample,
dL/d(in) and dL/d(out) of every neuron and sample (``retain_grad()``), and
the parameters after the step.  Every neuron of a ReLU or leaky-ReLU layer
whose input is exactly 0 is listed under ``atKink`` with the derivative
PyTorch's backward used there, dL/d(in) / dL/d(out).

Neurons are named as bpdiff names them: ``o1, o2, ...`` in the output layer,
``h1, h2, ...`` in a single hidden layer, ``h<layer>_<j>`` with several.

Floats are Python's repr of ``float(tensor)`` (exact round trip); non-finite
values are the strings "NaN", "Infinity", "-Infinity".  The output has no
date and no host name: running the script twice gives identical bytes.

With ``--random COUNT`` it writes COUNT random network files instead (seeded:
``--seed``), for the references above to be made from: 1 to 3 hidden layers
of 1 to 5 neurons, an activation per layer from all six (sometimes one name
for all), a loss whose domain fits the outputs and targets, some shared,
frozen and bias parameters, 1 to 4 samples, 3 epochs.

Usage:
  python3 tools/pytorch_network_reference.py --out reference-results/pytorch/networks NETWORK.json...
  python3 tools/pytorch_network_reference.py --random 30 --seed 11 --out reference-results/networks/random
"""

import argparse
import hashlib
import json
import os
import platform
import random
import sys

import torch

from pytorch_reference import num  # the lecture reference's numbers: repr-exact, non-finite as strings

SCHEMA = "bpdiff.pytorch-network-reference/1"
GENERATOR = "tools/pytorch_network_reference.py"
DESCRIPTION = ("A bpdiff network file trained with PyTorch autograd, one scalar leaf tensor per parameter, "
               "full batch, float32 and float64, every epoch.")
DTYPES = (("float32", torch.float32), ("float64", torch.float64))
KINKED = ("relu", "leaky-relu")
LINE_WIDTH = 110


def fail(problem, where):
    sys.exit("pytorch_network_reference: %s (%s)" % (problem, where))


# ---------------------------------------------------------------- activations

def act_sigmoid(z):
    return 1 / (1 + torch.exp(-z))


def act_identity(z):
    return z


ACTIVATIONS = {
    "sigmoid": act_sigmoid,
    "builtin-sigmoid": torch.sigmoid,
    "relu": torch.relu,
    "tanh": torch.tanh,
    "leaky-relu": torch.nn.LeakyReLU(),
    "identity": act_identity,
}


# --------------------------------------------------------------------- losses
# Each takes o and y of shape [samples, outputs].

def loss_half_sse(o, y):
    return 0.5 * torch.sum((o - y) ** 2)


def loss_mse_per_output(o, y):
    loss = torch.nn.MSELoss()(o[:, 0], y[:, 0])
    for k in range(1, o.shape[1]):
        loss = loss + torch.nn.MSELoss()(o[:, k], y[:, k])
    return loss


def loss_djl_l2(o, y):
    return 0.5 * torch.mean((o - y) ** 2)


LOSSES = {
    "half-sse": loss_half_sse,
    "mse-mean": torch.nn.MSELoss(),
    "mse-sum": torch.nn.MSELoss(reduction="sum"),
    "mse-per-output": loss_mse_per_output,
    "djl-l2": loss_djl_l2,
    "softmax-ce": torch.nn.CrossEntropyLoss(),  # probability targets: torch >= 1.10
    "bce": torch.nn.BCELoss(),
}


# -------------------------------------------------------------------- network

def read_network(path):
    """The network file, parsed and checked enough to build it (bpdiff itself checks everything)."""
    with open(path, "rb") as f:
        raw = f.read()
    try:
        net = json.loads(raw.decode("utf-8"))
    except ValueError as e:
        fail("not valid JSON: %s" % e, path)
    layers = net.get("layers")
    if not isinstance(layers, list) or len(layers) < 2:
        fail("\"layers\" needs at least an input and an output layer", path)
    computed = len(layers) - 1
    weights = net.get("weights")
    if not isinstance(weights, list) or len(weights) != computed:
        fail("expected %d weight matrices" % computed, path + ": weights")
    for l in range(1, len(layers)):
        matrix = weights[l - 1]
        if len(matrix) != layers[l] or any(len(row) != layers[l - 1] for row in matrix):
            fail("expected %d rows of %d names" % (layers[l], layers[l - 1]), "%s: weights[%d]" % (path, l - 1))
    biases = net.get("biases") or [None] * computed
    if len(biases) != computed:
        fail("expected %d bias rows" % computed, path + ": biases")
    for l, row in enumerate(biases):
        if row is not None and len(row) != layers[l + 1]:
            fail("expected %d names" % layers[l + 1], "%s: biases[%d]" % (path, l))
    values = net.get("parameters", {})
    used = used_names(weights, biases)
    for name in used:
        if name not in values:
            fail("parameter '%s' has no value" % name, path + ": parameters")
    for name in values:
        if name not in used:
            fail("parameter '%s' has a value but no connection uses it" % name, path + ": parameters." + name)
    activation = net.get("activation", "sigmoid")
    activations = [activation] * computed if isinstance(activation, str) else list(activation)
    if len(activations) != computed:
        fail("expected %d activations (one per computed layer), found %d" % (computed, len(activations)),
             path + ": activation")
    for i, a in enumerate(activations):
        if a not in ACTIVATIONS:
            fail("unknown activation '%s'" % a, "%s: activation[%d]" % (path, i))
    samples = net.get("samples")
    if not isinstance(samples, list) or not samples:
        fail("a network needs at least one training sample", path + ": samples")
    loss = net.get("loss", "half-sse")
    if loss not in LOSSES:
        fail("unknown loss '%s'" % loss, path + ": loss")
    return {
        "file": path,
        "raw": raw,
        "name": net.get("name", os.path.splitext(os.path.basename(path))[0]),
        "layers": layers,
        "weights": weights,
        "biases": biases,
        "parameters": list(values.keys()),
        "values": values,
        "frozen": list(net.get("frozen", [])),
        "activation": activation,
        "activations": activations,
        "loss": loss,
        "learningRate": float(net.get("learningRate", 1.0)),
        "epochs": int(net.get("epochs", 1)),
        "x": [s["x"] for s in samples],
        "y": [s["y"] for s in samples],
    }


def used_names(weights, biases):
    names = [n for matrix in weights for row in matrix for n in row]
    names += [n for row in biases if row is not None for n in row]
    return names


def neuron_names(layers):
    """bpdiff's names: o<j> in the output layer, h<j> in a single hidden layer, h<layer>_<j> with several."""
    computed = len(layers) - 1
    names = []
    for l in range(1, computed + 1):
        if l == computed:
            names.append(["o%d" % (j + 1) for j in range(layers[l])])
        elif computed == 2:
            names.append(["h%d" % (j + 1) for j in range(layers[l])])
        else:
            names.append(["h%d_%d" % (l, j + 1) for j in range(layers[l])])
    return names


# -------------------------------------------------------------------- numbers

def column(tensor, j):
    """Neuron j's value for every sample."""
    return [num(v) for v in tensor[:, j].tolist()]


# ------------------------------------------------------------------- training

def train(net, dtype):
    """Every epoch of full-batch gradient descent in one dtype."""
    leaves = {n: torch.tensor(net["values"][n], dtype=dtype, requires_grad=True) for n in net["parameters"]}
    trainable = [n for n in net["parameters"] if n not in net["frozen"]]
    x = torch.tensor(net["x"], dtype=dtype)
    y = torch.tensor(net["y"], dtype=dtype)
    layers = net["layers"]
    names = neuron_names(layers)
    lr = net["learningRate"]
    run = {"initial": {n: num(w.item()) for n, w in leaves.items()}}
    steps = []
    kinks = []
    for epoch in range(1, net["epochs"] + 1):
        ins, outs = [], []
        below = x
        for l in range(1, len(layers)):
            matrix = torch.stack([leaves[n] for row in net["weights"][l - 1] for n in row])
            matrix = matrix.reshape(layers[l], layers[l - 1])
            row = net["biases"][l - 1]
            bias = None if row is None else torch.stack([leaves[n] for n in row])
            pre = torch.nn.functional.linear(below, matrix, bias)
            pre.retain_grad()
            post = ACTIVATIONS[net["activations"][l - 1]](pre)
            if post is not pre:
                post.retain_grad()
            ins.append(pre)
            outs.append(post)
            below = post
        try:
            loss = LOSSES[net["loss"]](below, y)
        except (RuntimeError, ValueError) as e:
            fail("PyTorch refuses the %s loss at epoch %d, %s: %s" % (net["loss"], epoch, dtype, e), net["file"])
        loss.backward()

        forward, gradients = {}, {}
        for l, layer in enumerate(names):
            for j, neuron in enumerate(layer):
                forward["in_" + neuron] = column(ins[l], j)
                forward["out_" + neuron] = column(outs[l], j)
                gradients["in_" + neuron] = column(ins[l].grad, j)
                gradients["out_" + neuron] = column(outs[l].grad, j)
                if net["activations"][l] in KINKED:
                    kinks += kinks_of(epoch, neuron, net["activations"][l], ins[l], outs[l].grad, ins[l].grad, j)
        step = {
            "epoch": epoch,
            "loss": num(loss.item()),
            "gradient": {n: num(w.grad.item()) for n, w in leaves.items()},
            "forward": forward,
            "neuronGradient": gradients,
        }
        with torch.no_grad():
            for n in trainable:
                leaves[n].data = leaves[n].data - lr * leaves[n].grad.data
        for w in leaves.values():
            w.grad = None
        step["updated"] = {n: num(w.item()) for n, w in leaves.items()}
        steps.append(step)
    run["steps"] = steps
    if kinks:
        run["atKink"] = kinks
    return run


def kinks_of(epoch, neuron, activation, pre, d_out, d_in, j):
    """The samples whose input to this neuron is exactly 0, with the derivative PyTorch used there."""
    found = []
    for s in range(pre.shape[0]):
        if pre[s, j].item() == 0.0:
            g_out, g_in = d_out[s, j].item(), d_in[s, j].item()
            found.append({
                "epoch": epoch, "neuron": neuron, "sample": s + 1, "activation": activation,
                "in": num(pre[s, j].item()), "dOut": num(g_out), "dIn": num(g_in),
                "derivative": num(g_in / g_out) if g_out != 0 else None,
            })
    return found


def reference(path, out_dir):
    net = read_network(path)
    command = "python3 %s --out %s %s" % (GENERATOR, out_dir, path)
    return {
        "schema": SCHEMA,
        "provenance": {
            "generator": GENERATOR,
            "command": command,
            "torch": torch.__version__,
            "python": platform.python_version(),
            "platform": "%s %s" % (platform.system(), platform.machine()),
            "description": DESCRIPTION,
        },
        "network": {
            "file": path,
            "sha256": hashlib.sha256(net["raw"]).hexdigest(),
            "name": net["name"],
            "layers": net["layers"],
            "activation": net["activation"],
            "activations": net["activations"],
            "loss": net["loss"],
            "learningRate": net["learningRate"],
            "epochs": net["epochs"],
            "samples": len(net["x"]),
            "parameters": net["parameters"],
            "frozen": net["frozen"],
            "neurons": [n for layer in neuron_names(net["layers"]) for n in layer],
        },
        "runs": [dict({"dtype": name}, **train(net, dtype)) for name, dtype in DTYPES],
    }


# ------------------------------------------------------------ random networks

SIGMOIDS = ("sigmoid", "builtin-sigmoid")


def random_network(rng, index, seed, count):
    """One random network file (a dict), drawn from rng."""
    hidden = [rng.randint(1, 5) for _ in range(rng.randint(1, 3))]
    loss = rng.choice(sorted(LOSSES))
    outputs = rng.randint(2, 4) if loss == "softmax-ce" else rng.randint(1, 4)
    layers = [rng.randint(1, 4)] + hidden + [outputs]
    computed = len(layers) - 1
    outer = SIGMOIDS if loss == "bce" else sorted(ACTIVATIONS)  # bce reads the outputs as probabilities
    if rng.random() < 0.35:
        activation = rng.choice(outer)
    else:
        activation = [rng.choice(sorted(ACTIVATIONS)) for _ in range(computed - 1)] + [rng.choice(outer)]

    values = {}
    sharing = rng.random() < 0.5

    def weight():
        if sharing and values and rng.random() < 0.15:
            return rng.choice(sorted(values, key=lambda n: int(n[1:])))
        name = "w%d" % (len(values) + 1)
        values[name] = round(rng.uniform(-1.0, 1.0), 3)
        return name

    weights = [[[weight() for _ in range(layers[l - 1])] for _ in range(layers[l])] for l in range(1, len(layers))]
    bias_values = {}
    biases = []
    for l in range(1, len(layers)):
        kind = rng.choice(("none", "each", "each", "shared"))
        if kind == "none":
            biases.append(None)
            continue
        names = []
        for j in range(layers[l]):
            if kind == "each" or j == 0:
                name = "b%d" % (len(bias_values) + 1)
                bias_values[name] = round(rng.uniform(-0.5, 0.5), 3)
            names.append(name)
        biases.append(names)
    values.update(bias_values)
    order = list(values)
    frozen = sorted(rng.sample(order, min(len(order), rng.randint(1, 2))), key=order.index) if rng.random() < 0.4 else []

    samples = []
    for _ in range(rng.randint(1, 4)):
        x = [round(rng.uniform(-1.0, 1.0), 2) for _ in range(layers[0])]
        samples.append({"x": x, "y": random_targets(rng, loss, outputs)})

    net = {
        "name": "random-%02d" % index,
        "description": ("Random network %d of %d, made by python3 %s --random %d --seed %d; the PyTorch reference "
                        "made from it is in reference-results/pytorch/networks/." % (index, count, GENERATOR, count, seed)),
        "layers": layers,
        "weights": weights,
    }
    if any(row is not None for row in biases):
        net["biases"] = biases
    net["parameters"] = values
    if frozen:
        net["frozen"] = frozen
    net.update({"activation": activation, "loss": loss, "learningRate": rng.choice((0.1, 0.5, 1.0)), "epochs": 3,
                "samples": samples})
    return net


def random_targets(rng, loss, outputs):
    """Targets in the loss's domain: probabilities for bce, a distribution over the classes for softmax-ce."""
    if loss == "bce":
        return [rng.choice((0.0, 1.0, round(rng.uniform(0.0, 1.0), 2))) for _ in range(outputs)]
    if loss == "softmax-ce":
        tenths = [0] * outputs
        if rng.random() < 0.5:
            tenths[rng.randrange(outputs)] = 10  # one-hot
        else:
            for _ in range(10):
                tenths[rng.randrange(outputs)] += 1
        return [t / 10 for t in tenths]
    return [round(rng.uniform(-1.0, 1.0), 2) for _ in range(outputs)]


# ---------------------------------------------------------------------- files

def dumps(value, indent=0, column=None):
    """JSON with two-space indentation, where anything that fits on one line is written on one line."""
    flat = json.dumps(value, allow_nan=False, ensure_ascii=False)
    start = indent if column is None else column
    if not isinstance(value, (dict, list)) or not value or start + len(flat) <= LINE_WIDTH:
        return flat
    inner = " " * (indent + 2)
    if isinstance(value, dict) and not any(isinstance(v, (dict, list)) for v in value.values()):
        return "{\n" + fill(["%s: %s" % (json.dumps(k, ensure_ascii=False), json.dumps(v, allow_nan=False))
                             for k, v in value.items()], inner) + "\n" + " " * indent + "}"
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            key = json.dumps(k, ensure_ascii=False) + ": "
            items.append(inner + key + dumps(v, indent + 2, indent + 2 + len(key)))
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    if not any(isinstance(v, (dict, list)) for v in value):
        return "[\n" + fill([json.dumps(v, allow_nan=False) for v in value], inner) + "\n" + " " * indent + "]"
    items = [inner + dumps(v, indent + 2) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def fill(items, inner):
    """Comma-separated items, as many to a line as fit in LINE_WIDTH."""
    lines, line = [], inner
    for item in items:
        if line != inner and len(line) + len(item) + 2 > LINE_WIDTH:
            lines.append(line.rstrip())
            line = inner
        line += item + ", "
    lines.append(line[:-2])
    return "\n".join(lines)


def write(path, doc):
    text = dumps(doc) + "\n"
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)
    print("wrote %s (%d bytes)" % (path, len(text.encode("utf-8"))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("networks", nargs="*", help="network files, as paths relative to the project root")
    parser.add_argument("--out", required=True, help="output directory")
    parser.add_argument("--random", type=int, metavar="COUNT", help="write COUNT random network files instead")
    parser.add_argument("--seed", type=int, default=11, help="seed of --random (default 11)")
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    if args.random is not None:
        rng = random.Random(args.seed)
        for index in range(1, args.random + 1):
            net = random_network(rng, index, args.seed, args.random)
            write(os.path.join(args.out, net["name"] + ".json"), net)
        return
    torch.set_num_threads(1)
    stems = {}
    for path in args.networks:
        path = path.replace(os.sep, "/")
        stem = os.path.splitext(os.path.basename(path))[0]
        if stem in stems:
            fail("two networks would both write %s.json: %s and %s" % (stem, stems[stem], path), path)
        stems[stem] = path
        write(os.path.join(args.out, stem + ".json"), reference(path, args.out))


if __name__ == "__main__":
    main()
