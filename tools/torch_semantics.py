#!/usr/bin/env python3
"""What real PyTorch prints for each program of src/test/resources/torch-semantics/.

Provenance
----------
bpdiff's interpreter runs the torch subset a homework uses: printing tensors (torch/_tensor_str.py's formats:
4 decimals, whole numbers with a point, scientific notation, wrapping at 80 columns, summaries above 1000
elements, the dtype, requires_grad and grad_fn suffixes), PyTorch's type promotion, arithmetic, reductions,
indexing, autograd (accumulation, zero_(), retain_grad(), no_grad(), retain_graph, a gradient argument, SGD),
the CPU generator's draws (torch.rand, torch.randn below and from 16 elements, randint, Generator), the losses
of torch.nn and torch.nn.functional, and PyTorch's error messages. Each program is run by CPython with Debian's
torch and its standard output recorded; the interpreter must print the same text, character for character.

Output: reference-results/python/torch-semantics.json, deterministic.
Usage:  /usr/bin/python3 tools/torch_semantics.py [--out reference-results/python]
"""

import argparse
import contextlib
import io
import json
import os
import platform
import warnings

import torch

PROGRAMS = "src/test/resources/torch-semantics"
COMMAND = "/usr/bin/python3 tools/torch_semantics.py --out reference-results/python"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="reference-results/python")
    args = parser.parse_args()
    torch.set_num_threads(1)
    programs = {}
    for name in sorted(os.listdir(PROGRAMS)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(PROGRAMS, name)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        out = io.StringIO()
        # each program starts as a fresh interpreter does: a program that ends in float64 leaves the next float32
        torch.set_default_dtype(torch.float32)
        with contextlib.redirect_stdout(out), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(source, path, "exec"), {"__name__": "__main__"})
        programs[name] = {"stdout": out.getvalue()}
    document = {
        "schema": "bpdiff.torch-semantics/1",
        "provenance": {"generator": "tools/torch_semantics.py", "command": COMMAND,
                       "python": platform.python_version(), "torch": torch.__version__},
        "programs": programs,
    }
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "torch-semantics.json"), "w", encoding="utf-8") as f:
        json.dump(document, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
