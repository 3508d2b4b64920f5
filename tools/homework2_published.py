#!/usr/bin/env python3
"""The seed's homework-2 program, as published, in plain Python doubles.

Provenance
----------
Homework 2 trains the lecture network (inputs x=(0.5, 0.3), targets
y=(0.23, -0.07), weights w1..w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8,
sigmoid everywhere, loss 1/2 (o1-y1)^2 + 1/2 (o2-y2)^2) with hand-derived
back-propagation and step 1 for 100 epochs.  This script reproduces that
program with Python floats (no numpy, no torch) in two variants:

* ``buggy``: the hidden-layer gradients exactly as published,
  d_w1 = (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x1, etc., which multiplies by
  out_h1 where it should multiply by the outgoing weights;
* ``corrected``: the same formulas with d_w5*w5/out_h1 + d_w6*w6/out_h1 (and
  likewise for h2), i.e. the chain rule, which agrees with PyTorch autograd.

For every epoch it writes the forward values, the loss, the eight gradients
and the weights after the update.  Floats are Python's repr (exact
round-trip); the output is deterministic.

Usage:  python3 tools/homework2_published.py [--out reference-results/python]
"""

import argparse
import json
import math
import os
import platform

SCHEMA = "bpdiff.python-homework2/1"
COMMAND = "python3 tools/homework2_published.py --out reference-results/python"
DESCRIPTION = ("The seed's homework 2 (hand-derived backpropagation of the lecture network) "
               "in plain Python doubles: 'buggy' as published, 'corrected' with the chain rule "
               "through w5..w8.")

X = (0.5, 0.3)
Y = (0.23, -0.07)
WEIGHT_NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8")
GIVEN_WEIGHTS = (0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8)
EPOCHS = 100
STEP = 1


def num(value):
    value = float(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return value


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def forward(w, x1, x2):
    w1, w2, w3, w4, w5, w6, w7, w8 = w
    in_h1 = w1 * x1 + w3 * x2
    out_h1 = sigmoid(in_h1)
    in_h2 = w2 * x1 + w4 * x2
    out_h2 = sigmoid(in_h2)
    in_o1 = w5 * out_h1 + w7 * out_h2
    out_o1 = sigmoid(in_o1)
    in_o2 = w6 * out_h1 + w8 * out_h2
    out_o2 = sigmoid(in_o2)
    return {
        "in_h1": in_h1, "out_h1": out_h1, "in_h2": in_h2, "out_h2": out_h2,
        "in_o1": in_o1, "out_o1": out_o1, "in_o2": in_o2, "out_o2": out_o2,
    }


def loss_of(f, y1, y2):
    return (1 / 2) * (f["out_o1"] - y1) ** 2 + (1 / 2) * (f["out_o2"] - y2) ** 2


def back_propagate(w, f, x1, x2, y1, y2, variant):
    w1, w2, w3, w4, w5, w6, w7, w8 = w
    out_h1, out_h2 = f["out_h1"], f["out_h2"]
    out_o1, out_o2 = f["out_o1"], f["out_o2"]

    d_o1 = out_o1 - y1
    d_o2 = out_o2 - y2

    d_w5 = d_o1 * out_o1 * (1 - out_o1) * out_h1
    d_w7 = d_o1 * out_o1 * (1 - out_o1) * out_h2
    d_w6 = d_o2 * out_o2 * (1 - out_o2) * out_h1
    d_w8 = d_o2 * out_o2 * (1 - out_o2) * out_h2

    if variant == "buggy":
        d_w1 = (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x1
        d_w3 = (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x2
        d_w2 = (d_w7 + d_w8) * out_h2 * (1 - out_h2) * x1
        d_w4 = (d_w7 + d_w8) * out_h2 * (1 - out_h2) * x2
    elif variant == "corrected":
        d_w1 = (d_w5 * w5 / out_h1 + d_w6 * w6 / out_h1) * out_h1 * (1 - out_h1) * x1
        d_w3 = (d_w5 * w5 / out_h1 + d_w6 * w6 / out_h1) * out_h1 * (1 - out_h1) * x2
        d_w2 = (d_w7 * w7 / out_h2 + d_w8 * w8 / out_h2) * out_h2 * (1 - out_h2) * x1
        d_w4 = (d_w7 * w7 / out_h2 + d_w8 * w8 / out_h2) * out_h2 * (1 - out_h2) * x2
    else:
        raise ValueError(variant)

    return (d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8)


def run_case(variant):
    x1, x2 = X
    y1, y2 = Y
    w = list(GIVEN_WEIGHTS)
    case = {
        "id": variant,
        "variant": variant,
        "learningRate": float(STEP),
        "epochs": EPOCHS,
        "initialWeights": {n: num(v) for n, v in zip(WEIGHT_NAMES, w)},
    }
    steps = []
    for epoch in range(1, EPOCHS + 1):
        f = forward(w, x1, x2)
        loss = loss_of(f, y1, y2)
        grads = back_propagate(w, f, x1, x2, y1, y2, variant)
        w = [wi - STEP * gi for wi, gi in zip(w, grads)]
        steps.append({
            "epoch": epoch,
            "forward": {k: num(v) for k, v in f.items()},
            "loss": num(loss),
            "gradient": {n: num(g) for n, g in zip(WEIGHT_NAMES, grads)},
            "updated": {n: num(v) for n, v in zip(WEIGHT_NAMES, w)},
        })
    case["steps"] = steps
    return case


def build():
    return {
        "schema": SCHEMA,
        "provenance": {
            "generator": "tools/homework2_published.py",
            "command": COMMAND,
            "python": platform.python_version(),
            "description": DESCRIPTION,
        },
        "dtype": "float64",
        "network": {"x": list(X), "y": list(Y)},
        "cases": [run_case("buggy"), run_case("corrected")],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="reference-results/python",
                        help="output directory (default: reference-results/python)")
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    doc = build()
    path = os.path.join(args.out, "homework2.json")
    text = json.dumps(doc, indent=2, allow_nan=False) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s (%d cases, %d bytes)" % (path, len(doc["cases"]), len(text.encode("utf-8"))))


if __name__ == "__main__":
    main()
