#!/usr/bin/env python3
"""The example torch programs run by real PyTorch: what each prints, how it ends, and every gradient its own
backward() calls give, in float32 and in float64.

Provenance
----------
bpdiff runs a student's PyTorch program in its own interpreter, and its backward() on DJL's PyTorch engine.
This script is the outside referee: each program of examples/programs/homework3.py and examples/programs/torch/
is run unchanged by CPython with Debian's torch, twice: as written (torch's default dtype float32, the
homework's torch.Tensor) and with torch.set_default_dtype(torch.float64) called before it starts (every
torch.Tensor, torch.tensor of floats, torch.rand and torch.randn is then float64). Standard output is captured
as the program prints it; an exception that ends it is recorded with its type, message and the program's line
it was raised at. Tensor.backward is wrapped: after each call, the .grad of every module-level variable that
holds a leaf tensor requiring grad is recorded (name -> nested list), in call order.

Output: reference-results/torch/<program>.json, deterministic (floats as Python's repr).
Usage:  /usr/bin/python3 tools/torch_programs.py [--out reference-results/torch]
"""

import argparse
import contextlib
import io
import json
import os
import platform
import sys
import traceback
import warnings

import torch

SCHEMA = "bpdiff.torch-programs/1"
COMMAND = "/usr/bin/python3 tools/torch_programs.py --out reference-results/torch"
PROGRAMS = ["examples/programs/homework3.py"] + sorted(
    os.path.join("examples/programs/torch", f) for f in os.listdir("examples/programs/torch") if f.endswith(".py"))


def run(path, dtype):
    """Runs one program; returns its output, its end and its backward passes' gradients."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    scope = {"__name__": "__main__", "__file__": path}
    calls = []
    original = torch.Tensor.backward

    def backward(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        grads = {}
        for name, value in sorted(scope.items()):
            if isinstance(value, torch.Tensor) and value.is_leaf and value.requires_grad and value.grad is not None:
                grads[name] = value.grad.tolist()
        calls.append(grads)
        return result

    out = io.StringIO()
    failure = None
    torch.Tensor.backward = backward
    torch.set_default_dtype(dtype)
    try:
        with contextlib.redirect_stdout(out), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec(compile(source, path, "exec"), scope)
    except Exception as e:  # the program's own failure is part of the reference
        line = [frame.lineno for frame in traceback.extract_tb(e.__traceback__) if frame.filename == path]
        failure = {"type": type(e).__name__, "message": str(e), "line": line[-1] if line else 0}
    finally:
        torch.Tensor.backward = original
        torch.set_default_dtype(torch.float32)
        torch.set_printoptions(profile="default")  # a program's set_printoptions ends with it
    return {"stdout": out.getvalue(), "exception": failure, "backward": calls}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="reference-results/torch")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    torch.set_num_threads(1)
    for path in PROGRAMS:
        document = {
            "schema": SCHEMA,
            "provenance": {
                "generator": "tools/torch_programs.py",
                "command": COMMAND,
                "python": platform.python_version(),
                "torch": torch.__version__,
                "note": "the program run unchanged by CPython with real PyTorch, as written (float32) and with "
                        "torch.set_default_dtype(torch.float64) before it starts",
            },
            "program": path,
            "runs": {"float32": run(path, torch.float32), "float64": run(path, torch.float64)},
        }
        name = os.path.basename(path)[:-3]
        with open(os.path.join(args.out, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(document, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(name, file=sys.stderr)


if __name__ == "__main__":
    main()
