#!/usr/bin/env python3
"""Reference values for bpdiff, computed by real PyTorch autograd.

Provenance
----------
This script trains the lecture network (the seed's "homework 3": two inputs,
two sigmoid hidden neurons, two output neurons, eight scalar weights) with
PyTorch exactly the way the homework's program does it: every weight is its
own scalar tensor of shape [1] with ``requires_grad=True``; each epoch runs the
forward pass, the loss, ``loss.backward()``, then
``w.data = w.data - lr * w.grad.data`` and zeroes the gradients.

Besides the homework's own setting (hand-written sigmoid, loss
``1/2 (o1-y1)^2 + 1/2 (o2-y2)^2``, learning rate 1, 100 epochs) it records
variants with other activations, losses, initialisations and learning rates,
in float32 and in float64.  For every epoch it writes the forward values, the
loss, dL/dw for the eight weights, dL/d(every intermediate) obtained with
``retain_grad()``, and the weights after the update.

The softmax-ce cases train on the lecture's targets y = (0.23, -0.07) as they are:
torch.nn.functional.cross_entropy with class-probability targets does not check that
they are probabilities (torch 1.13 and 2.x alike), while binary_cross_entropy refuses a
target outside [0, 1] from 2.x on (the bce fallback below).

The numbers are whatever the installed torch computes (Debian's
python3-torch; the version is recorded in the file).  Floats are written as
Python's repr of ``float(tensor.item())`` so they round-trip exactly;
non-finite values are written as the strings "NaN", "Infinity", "-Infinity".
The output is deterministic: running the script twice gives identical bytes.

It also writes bce-saturation-<dtype>.json: torch.nn.BCELoss on one sigmoid neuron
(out = act(w1 * 1), one sample) at saturated outputs, where BCELoss's clamps act: o = 0
and o = 1 exactly, and o(1-o) just below and just above the backward kernel's
EPSILON (1e-12f), for both sigmoids (op by op and torch.sigmoid), and where float32's sigmoid
is exactly 1 while double's is not (w1 = 17, 20, 30).  One step per case:
the loss, dL/dw1, out, dL/dout (retain_grad) and the updated w1.

Usage:  python3 tools/pytorch_reference.py [--out reference-results/pytorch]
"""

import argparse
import json
import math
import os
import platform

import torch

SCHEMA = "bpdiff.pytorch-reference/1"
COMMAND = "python3 tools/pytorch_reference.py --out reference-results/pytorch"
DESCRIPTION = ("The lecture network (seed homework 3) trained with PyTorch autograd, "
               "scalar tensors as in the homework.")

X = (0.5, 0.3)
Y = (0.23, -0.07)
WEIGHT_NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8")
GIVEN_WEIGHTS = (0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8)
INITS = {
    "given": GIVEN_WEIGHTS,
    "zero": (0.0,) * 8,
}
NEURONS = ("in_h1", "out_h1", "in_h2", "out_h2", "in_o1", "out_o1", "in_o2", "out_o2")

BCE_FALLBACK_NOTE = (
    "torch.nn.functional.binary_cross_entropy refused the target -0.07; the loss is "
    "PyTorch's documented formula mean(-(y*clamp(log(o),min=-100) + "
    "(1-y)*clamp(log(1-o),min=-100))) written out with autograd ops.")


# ---------------------------------------------------------------- activations

def act_sigmoid(z):
    return 1 / (1 + torch.exp(-z))


def act_builtin_sigmoid(z):
    return torch.sigmoid(z)


def act_relu(z):
    return torch.relu(z)


ACTIVATIONS = {
    "sigmoid": act_sigmoid,
    "builtin-sigmoid": act_builtin_sigmoid,
    "relu": act_relu,
}


# --------------------------------------------------------------------- losses
# Each loss takes (o1, o2, y1, y2), all tensors of shape [1], and returns
# (loss, note) where note is None unless a fallback was used.

def loss_half_sse(o1, o2, y1, y2):
    return (1 / 2) * (o1 - y1) ** 2 + (1 / 2) * (o2 - y2) ** 2, None


def loss_mse_mean(o1, o2, y1, y2):
    return torch.nn.MSELoss(reduction="mean")(torch.cat((o1, o2)), torch.cat((y1, y2))), None


def loss_mse_sum(o1, o2, y1, y2):
    return torch.nn.MSELoss(reduction="sum")(torch.cat((o1, o2)), torch.cat((y1, y2))), None


def loss_mse_per_output(o1, o2, y1, y2):
    return torch.nn.MSELoss()(o1, y1) + torch.nn.MSELoss()(o2, y2), None


def loss_djl_l2(o1, o2, y1, y2):
    return 0.5 * torch.mean((torch.cat((o1, o2)) - torch.cat((y1, y2))) ** 2), None


def loss_softmax_ce(o1, o2, y1, y2):
    logits = torch.stack((o1, o2)).reshape(1, 2)
    target = torch.cat((y1, y2)).reshape(1, 2)  # class probabilities [[y1, y2]]
    return torch.nn.functional.cross_entropy(logits, target), None


def loss_bce(o1, o2, y1, y2):
    o = torch.cat((o1, o2))
    y = torch.cat((y1, y2))
    try:
        return torch.nn.functional.binary_cross_entropy(o, y), None
    except (RuntimeError, ValueError):
        terms = -(y * torch.clamp(torch.log(o), min=-100)
                  + (1 - y) * torch.clamp(torch.log(1 - o), min=-100))
        return torch.mean(terms), BCE_FALLBACK_NOTE


LOSSES = {
    "half-sse": loss_half_sse,
    "mse-mean": loss_mse_mean,
    "mse-sum": loss_mse_sum,
    "mse-per-output": loss_mse_per_output,
    "djl-l2": loss_djl_l2,
    "softmax-ce": loss_softmax_ce,
    "bce": loss_bce,
}


# ---------------------------------------------------------------------- cases
# (activation, loss, init, learning rate, epochs), in the order written.

def case_list():
    cases = [
        ("sigmoid", "half-sse", "given", 1.0, 100),
        ("builtin-sigmoid", "half-sse", "given", 1.0, 100),
        ("relu", "half-sse", "given", 1.0, 100),
    ]
    for loss in ("mse-mean", "mse-sum", "mse-per-output", "djl-l2", "softmax-ce", "bce"):
        cases.append(("sigmoid", loss, "given", 1.0, 20))
    for loss in ("mse-mean", "softmax-ce"):
        cases.append(("relu", loss, "given", 1.0, 20))
    cases.append(("sigmoid", "half-sse", "zero", 1.0, 100))
    for lr in (0.1, 0.5, 2.0, 10.0, 100.0):
        cases.append(("sigmoid", "half-sse", "given", lr, 50))
    cases.append(("relu", "half-sse", "given", 0.1, 20))
    return cases


def lr_label(lr):
    return str(int(lr)) if float(lr).is_integer() else repr(lr)


def case_id(activation, loss, init, lr, epochs):
    return "%s/%s/%s/lr%s/e%d" % (activation, loss, init, lr_label(lr), epochs)


# -------------------------------------------------------------------- numbers

def num(value):
    """A JSON-safe float: repr-exact when finite, a string otherwise."""
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def item(tensor):
    return num(float(tensor.item()))


# ------------------------------------------------------------------- training

def run_case(dtype, activation, loss_name, init, lr, epochs):
    act = ACTIVATIONS[activation]
    loss_fn = LOSSES[loss_name]

    x1 = torch.tensor([X[0]], dtype=dtype)
    x2 = torch.tensor([X[1]], dtype=dtype)
    y1 = torch.tensor([Y[0]], dtype=dtype)
    y2 = torch.tensor([Y[1]], dtype=dtype)
    weights = [torch.tensor([v], dtype=dtype, requires_grad=True) for v in INITS[init]]
    w1, w2, w3, w4, w5, w6, w7, w8 = weights

    case = {
        "id": case_id(activation, loss_name, init, lr, epochs),
        "activation": activation,
        "loss": loss_name,
        "init": init,
        "learningRate": float(lr),
        "epochs": epochs,
        "initialWeights": {n: item(w) for n, w in zip(WEIGHT_NAMES, weights)},
    }
    notes = []
    steps = []
    for epoch in range(1, epochs + 1):
        in_h1 = w1 * x1 + w3 * x2
        out_h1 = act(in_h1)
        in_h2 = w2 * x1 + w4 * x2
        out_h2 = act(in_h2)
        in_o1 = w5 * out_h1 + w7 * out_h2
        out_o1 = act(in_o1)
        in_o2 = w6 * out_h1 + w8 * out_h2
        out_o2 = act(in_o2)
        neurons = (in_h1, out_h1, in_h2, out_h2, in_o1, out_o1, in_o2, out_o2)
        for t in neurons:
            t.retain_grad()

        loss, note = loss_fn(out_o1, out_o2, y1, y2)
        if note is not None and note not in notes:
            notes.append(note)
        loss.backward()

        step = {
            "epoch": epoch,
            "forward": {n: item(t) for n, t in zip(NEURONS, neurons)},
            "loss": item(loss),
            "gradient": {n: item(w.grad) for n, w in zip(WEIGHT_NAMES, weights)},
            "neuronGradient": {n: item(t.grad) for n, t in zip(NEURONS, neurons)},
        }

        # The homework's update, verbatim in spirit.
        for w in weights:
            w.data = w.data - lr * w.grad.data
        for w in weights:
            w.grad.data.zero_()

        step["updated"] = {n: item(w) for n, w in zip(WEIGHT_NAMES, weights)}
        steps.append(step)

    if notes:
        case["note"] = " ".join(notes)
    case["steps"] = steps
    return case


# ------------------------------------------------------- bce at saturation
# (w1, y): out = act(w1), so w1 chooses how saturated the output is.
#   -800:   exp(800) overflows, out = 0 exactly (op by op: 1/(1+inf); torch.sigmoid: 0)
#   -30:    out = 9.4e-14, o(1-o) below the clamp (the network, y = 1)
#   -27.65: o(1-o) = 9.8e-13, just below 1e-12;  -27.6: 1.03e-12, just above
#   27.6, 27.65: the same on the side of 1 (in float32 out rounds to 1 exactly)
#   40:     out = 1 exactly (the second network, y = 0.3)
# (17, 20, 30: float32's sigmoid is exactly 1 there, double's is not; at 30 double's o(1-o) is below 1e-12f too)
SATURATION_CASES = ((-800.0, 0.3), (-30.0, 1.0), (-27.65, 0.3), (-27.6, 0.3), (27.6, 0.3), (27.65, 0.3),
                    (40.0, 0.3), (17.0, 0.3), (20.0, 0.3), (30.0, 0.3))
SATURATION_COMMAND = COMMAND
SATURATION_DESCRIPTION = ("torch.nn.functional.binary_cross_entropy on one neuron out = act(w1 * 1) at saturated "
                          "outputs, one step of w1 = w1 - 1 * dL/dw1.")


def run_saturation_case(dtype, activation, w, y):
    act = ACTIVATIONS[activation]
    w1 = torch.tensor([w], dtype=dtype, requires_grad=True)
    x = torch.tensor([1.0], dtype=dtype)
    target = torch.tensor([y], dtype=dtype)
    out = act(w1 * x)
    out.retain_grad()
    loss = torch.nn.functional.binary_cross_entropy(out, target)
    loss.backward()
    return {
        "id": "%s/w1=%s/y=%s" % (activation, repr(w), repr(y)),
        "activation": activation,
        "w1": w,
        "y": y,
        "out": item(out),
        "loss": item(loss),
        "gradient": item(w1.grad),
        "outGradient": item(out.grad),
        "updated": item(w1.data - 1.0 * w1.grad.data),
    }


def build_saturation(dtype_name):
    dtype = {"float32": torch.float32, "float64": torch.float64}[dtype_name]
    return {
        "schema": "bpdiff.pytorch-bce-saturation/1",
        "provenance": {
            "generator": "tools/pytorch_reference.py",
            "command": SATURATION_COMMAND,
            "torch": torch.__version__,
            "python": platform.python_version(),
            "description": SATURATION_DESCRIPTION,
        },
        "dtype": dtype_name,
        "network": {"layers": [1, 1], "x": [1.0], "loss": "bce", "learningRate": 1.0},
        "cases": [run_saturation_case(dtype, a, w, y)
                  for a in ("sigmoid", "builtin-sigmoid") for (w, y) in SATURATION_CASES],
    }


def build(dtype_name):
    dtype = {"float32": torch.float32, "float64": torch.float64}[dtype_name]
    return {
        "schema": SCHEMA,
        "provenance": {
            "generator": "tools/pytorch_reference.py",
            "command": COMMAND,
            "torch": torch.__version__,
            "python": platform.python_version(),
            "description": DESCRIPTION,
        },
        "dtype": dtype_name,
        "network": {"x": list(X), "y": list(Y)},
        "cases": [run_case(dtype, *c) for c in case_list()],
    }


def write(path, doc):
    text = json.dumps(doc, indent=2, allow_nan=False) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s (%d cases, %d bytes)" % (path, len(doc["cases"]), len(text.encode("utf-8"))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="reference-results/pytorch",
                        help="output directory (default: reference-results/pytorch)")
    args = parser.parse_args()

    torch.set_num_threads(1)
    os.makedirs(args.out, exist_ok=True)
    for dtype_name in ("float32", "float64"):
        write(os.path.join(args.out, "lecture-%s.json" % dtype_name), build(dtype_name))
        write(os.path.join(args.out, "bce-saturation-%s.json" % dtype_name), build_saturation(dtype_name))


if __name__ == "__main__":
    main()
