#!/usr/bin/env python3
"""numpy's ziggurat tables for Generator.standard_normal, recovered from numpy's own draws.

Provenance
----------
numpy's Generator draws a standard normal by the ziggurat method (Marsaglia and
Tsang, 256 strips): from one 64-bit output r of its bit generator it takes
idx = r & 0xff, a sign bit, and rabs, 52 bits; x = rabs * wi[idx] is returned at
once when rabs < ki[idx]. bpdiff must draw numpy's numbers to the last bit, so it
needs numpy's wi exactly. This tool does not copy them: it draws with numpy
1.24's PCG64 and Generator, reads each draw's raw 64 bits from a copy of the bit
generator, and for every draw that took one output (the fast path; or two, the
wedge, for idx > 0) keeps the interval of doubles w with fl(rabs * w) = |x|. Each
wi is the one double left in its interval after a dozen draws (the tool stops if
any interval holds more or none). With x_i = wi[i] * 2**52 (x_0 = 0) the other
tables follow numpy's formulas:

  ki[0] = round(r * f(r) / V * 2**52),  ki[i] = round(x_{i-1} / x_i * 2**52)
  fi[i] = f(x_i) = exp(-x_i**2 / 2) (CPython's math.exp),  fi[0] = 1

with r = 3.6541528853610088 (the tail's start) and V = 0.0049286732339746519
(each strip's area); these reproduce the ki and fi numpy publishes.

Writes src/main/resources/bpdiff/program/ziggurat-normal.txt: '#' lines, then
one line per strip 'i wi ki fi', wi and fi as float.hex, ki as hex.

Usage:  /usr/bin/python3 tools/ziggurat_tables.py
"""

import math
import platform
from fractions import Fraction

import numpy as np

OUT = "src/main/resources/bpdiff/program/ziggurat-normal.txt"
R = 3.6541528853610087963519472518
V = 0.0049286732339746519


def recover_wi(seed=12345, per_strip=12):
    bits = np.random.PCG64(seed)
    generator = np.random.Generator(bits)
    probe = np.random.PCG64()
    low = [Fraction(0)] * 256
    high = [None] * 256
    seen = [0] * 256
    while min(seen) < per_strip:
        probe.state = bits.state
        r = int(probe.random_raw())
        after_one = probe.state["state"]["state"]
        probe.random_raw()
        after_two = probe.state["state"]["state"]
        x = abs(float(generator.standard_normal()))
        now = bits.state["state"]["state"]
        idx = r & 0xFF
        rabs = (r >> 9) & 0x000FFFFFFFFFFFFF
        if rabs == 0 or not (now == after_one or (now == after_two and idx != 0)):
            continue
        half_ulp = Fraction(math.ulp(x)) / 2
        low[idx] = max(low[idx], (Fraction(x) - half_ulp) / rabs)
        bound = (Fraction(x) + half_ulp) / rabs
        high[idx] = bound if high[idx] is None else min(high[idx], bound)
        seen[idx] += 1
    wi = []
    for i in range(256):
        w = float(low[i])
        if Fraction(w) < low[i]:
            w = math.nextafter(w, math.inf)
        candidates = []
        while Fraction(w) <= high[i]:
            candidates.append(w)
            w = math.nextafter(w, math.inf)
        if len(candidates) != 1:
            raise SystemExit(f"strip {i}: {len(candidates)} candidates for wi")
        wi.append(candidates[0])
    return wi


def main():
    wi = recover_wi()
    x = [w * 2.0 ** 52 for w in wi]
    x[0] = 0.0
    f = lambda v: math.exp(-0.5 * v * v)
    ki = [round(R * f(R) / V * 2 ** 52)] + [round(x[i - 1] / x[i] * 2 ** 52) for i in range(1, 256)]
    fi = [1.0] + [f(v) for v in x[1:]]
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# numpy's ziggurat tables for Generator.standard_normal: written by tools/ziggurat_tables.py\n")
        out.write(f"# from numpy {np.__version__}'s draws, CPython {platform.python_version()}; "
                  "one line per strip: i wi ki fi\n")
        for i in range(256):
            out.write(f"{i} {wi[i].hex()} {ki[i]:#x} {fi[i].hex()}\n")


if __name__ == "__main__":
    main()
