#!/usr/bin/env python3
"""PyTorch-in-Python counterparts of bpdiff's benchmarks, for ``make bench``.

Provenance
----------
Two training loops on the lecture network (x = (0.5, 0.3), y = (0.23, -0.07),
w1..w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8, hand-written sigmoid
1 / (1 + exp(-z)), loss 1/2 (o1-y1)^2 + 1/2 (o2-y2)^2), timed the way JMH
times the Java side (average time per operation: warm-up, then iterations of
about one second each, the score being the mean of the iterations):

* ``homework-step``: the homework's loop, as in tools/pytorch_reference.py:
  eight scalar tensors of shape [1] with requires_grad, forward, loss,
  ``loss.backward()``, ``w.data = w.data - lr * w.grad.data`` and
  ``w.grad.data.zero_()`` for every weight.  Score: microseconds per step.
* ``batched``: the same step for C configurations at once, the homework's
  formulas on the columns of one [C, 8] weight tensor, one learning rate per
  row ([C, 1]); per-row losses are kept every epoch and read back once at the
  end, as bpdiff's BatchedAutograd does.  Score: nanoseconds per
  configuration-step (time of E epochs / (C * E)).

Both in float32 (torch.Tensor's default, as in the homework) and float64.
torch keeps its default number of threads, as DJL does.

With ``--serve`` it answers timing requests on standard input instead, one
per line, with one intra-op thread: ``make bench``'s driver (bpdiff.bench.
PairedBench) alternates them with its own timed blocks, so that both sides
are measured in pairs, under the same load.

Usage:  python3 tools/bench_pytorch.py [--out target/bench/pytorch.json]
                                       [--warmup 1] [--iterations 3] [--time 1]
        python3 tools/bench_pytorch.py --serve
"""

import argparse
import json
import os
import platform
import time

import torch

X = (0.5, 0.3)
Y = (0.23, -0.07)
WEIGHTS = (0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8)
LEARNING_RATE = 1.0
CONFIGURATIONS = 1000
EPOCHS = 50  # per batched call, as BatchedBenchmark.EPOCHS


def sigmoid(z):
    return 1 / (1 + torch.exp(-z))


def homework_step(dtype):
    """Returns one step of the homework's loop as a closure."""
    x1 = torch.tensor([X[0]], dtype=dtype)
    x2 = torch.tensor([X[1]], dtype=dtype)
    y1 = torch.tensor([Y[0]], dtype=dtype)
    y2 = torch.tensor([Y[1]], dtype=dtype)
    weights = [torch.tensor([v], dtype=dtype, requires_grad=True) for v in WEIGHTS]
    lr = LEARNING_RATE

    def step():
        w1, w2, w3, w4, w5, w6, w7, w8 = weights
        out_h1 = sigmoid(w1 * x1 + w3 * x2)
        out_h2 = sigmoid(w2 * x1 + w4 * x2)
        out_o1 = sigmoid(w5 * out_h1 + w7 * out_h2)
        out_o2 = sigmoid(w6 * out_h1 + w8 * out_h2)
        loss = (1 / 2) * (out_o1 - y1) ** 2 + (1 / 2) * (out_o2 - y2) ** 2
        loss.backward()
        for w in weights:
            w.data = w.data - lr * w.grad.data
        for w in weights:
            w.grad.data.zero_()

    return step


def batched_train(dtype, configurations):
    """Returns E epochs of C configurations at once as a closure."""
    rates = [0.01 * 1000 ** (c / (configurations - 1)) for c in range(configurations)]
    lr = torch.tensor(rates, dtype=dtype).reshape(configurations, 1)
    x1, x2 = X
    y1, y2 = Y

    def train():
        w = torch.tensor([WEIGHTS] * configurations, dtype=dtype, requires_grad=True)
        losses = []
        for _ in range(EPOCHS):
            w1, w2, w3, w4, w5, w6, w7, w8 = w.unbind(1)
            out_h1 = sigmoid(w1 * x1 + w3 * x2)
            out_h2 = sigmoid(w2 * x1 + w4 * x2)
            out_o1 = sigmoid(w5 * out_h1 + w7 * out_h2)
            out_o2 = sigmoid(w6 * out_h1 + w8 * out_h2)
            loss = (1 / 2) * (out_o1 - y1) ** 2 + (1 / 2) * (out_o2 - y2) ** 2
            loss.sum().backward()
            w.data = w.data - lr * w.grad.data
            w.grad.data.zero_()
            losses.append(loss.detach())
        return torch.stack(losses, 1).tolist(), w.detach().tolist()

    return train


def measure(operation, warmup, iterations, seconds):
    """JMH-style average time: calls per iteration chosen from a warm-up; mean and min of the iterations."""
    deadline = time.perf_counter() + warmup
    calls = 0
    while time.perf_counter() < deadline or calls == 0:
        operation()
        calls += 1
    per_call = warmup / calls
    batch = max(1, int(seconds / per_call))
    scores = []
    for _ in range(iterations):
        start = time.perf_counter()
        for _ in range(batch):
            operation()
        scores.append((time.perf_counter() - start) / batch)
    return sum(scores) / len(scores), min(scores), batch * iterations


def serve(stdin, stdout):
    """Answers timing requests, one per line, for a driver that interleaves them with its own (see --serve).

    A request is ``homework-step <dtype> <steps>`` or ``batched <dtype> <configurations> <calls>``; the answer is
    one line with the wall time in seconds of that many steps (or calls of E epochs of C configurations).
    Operations are built once per kind and dtype and warmed up on first use.
    """
    # one intra-op thread, as bpdiff's engine runs (PyTorchEngine): the pairs compare like with like
    torch.set_num_threads(1)
    dtypes = {"float32": torch.float32, "float64": torch.float64}
    operations = {}
    for line in stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "quit":
            break
        if words[0] == "homework-step":
            key = (words[0], words[1], 1)
            count = int(words[2])
        else:
            key = (words[0], words[1], int(words[2]))
            count = int(words[3])
        if key not in operations:
            dtype = dtypes[key[1]]
            operation = homework_step(dtype) if key[0] == "homework-step" else batched_train(dtype, key[2])
            for _ in range(3):
                operation()
            operations[key] = operation
        operation = operations[key]
        start = time.perf_counter()
        for _ in range(count):
            operation()
        stdout.write("%.9f\n" % (time.perf_counter() - start))
        stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default="target/bench/pytorch.json")
    parser.add_argument("--warmup", type=float, default=1.0, help="seconds of warm-up per benchmark")
    parser.add_argument("--iterations", type=int, default=3)
    parser.add_argument("--time", type=float, default=1.0, help="seconds per iteration")
    parser.add_argument("--serve", action="store_true",
                        help="answer timing requests on standard input, one per line (for make bench's pairing)")
    args = parser.parse_args()
    if args.serve:
        import sys
        serve(sys.stdin, sys.stdout)
        return

    results = []
    for dtype_name, dtype in (("float32", torch.float32), ("float64", torch.float64)):
        mean, best, calls = measure(homework_step(dtype), args.warmup, args.iterations, args.time)
        results.append({"name": "homework-step", "dtype": dtype_name, "configurations": 1,
                        "unit": "us/step", "score": mean * 1e6, "min": best * 1e6, "calls": calls})
        print("  homework-step %s: %.1f us/step" % (dtype_name, mean * 1e6), flush=True)
    for dtype_name, dtype in (("float32", torch.float32), ("float64", torch.float64)):
        per = CONFIGURATIONS * EPOCHS
        mean, best, calls = measure(batched_train(dtype, CONFIGURATIONS), args.warmup, args.iterations, args.time)
        results.append({"name": "batched", "dtype": dtype_name, "configurations": CONFIGURATIONS,
                        "epochs": EPOCHS, "unit": "ns/configuration-step", "score": mean / per * 1e9,
                        "min": best / per * 1e9, "calls": calls})
        print("  batched C=%d %s: %.1f ns/configuration-step" % (CONFIGURATIONS, dtype_name, mean / per * 1e9),
              flush=True)

    report = {
        "schema": "bpdiff.bench-pytorch/1",
        "provenance": {
            "generator": "tools/bench_pytorch.py",
            "torch": torch.__version__,
            "python": platform.python_version(),
            "threads": torch.get_num_threads(),
        },
        "results": results,
    }
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(report, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
