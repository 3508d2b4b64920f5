# collections.defaultdict as students use it: gradients accumulated per parameter name, counts, grouping
from collections import defaultdict
import collections

grads = defaultdict(float)
for name, g in [("w1", 0.5), ("w2", -0.25), ("w1", 0.125)]:
    grads[name] += g
print(grads, dict(grads), len(grads), "w3" in grads, grads.get("w3"), grads["w3"], len(grads))
groups = defaultdict(list)
for k, v in zip("abab", range(4)):
    groups[k].append(v)
print(groups, sorted(groups.items()), type(groups).__name__, isinstance(groups, dict))
counts = collections.defaultdict(int, {"x": 2}, y=1)
counts["x"] += 1
counts["z"] += 5
print(counts, counts == {"x": 3, "y": 1, "z": 5}, list(counts.keys()))
nested = defaultdict(dict)
nested["layer1"]["W"] = 1.0
print(nested, nested.copy(), defaultdict(None, {1: 2}))
c = counts.copy()
c["new"] += 1
print(c, counts)
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError:", e)
