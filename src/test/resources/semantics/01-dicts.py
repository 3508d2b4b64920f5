# Dictionaries the way deeplearning.ai's notebooks use them.
parameters = {}
layer_dims = [2, 3, 1]
for l in range(1, len(layer_dims)):
    parameters["W" + str(l)] = [[0.1 * (i + j) for j in range(layer_dims[l - 1])] for i in range(layer_dims[l])]
    parameters["b" + str(l)] = [0.0] * layer_dims[l]
print(parameters)
print(len(parameters), "W1" in parameters, "W3" in parameters)
for key in parameters:
    print(key, end=" ")
print()
for key, value in parameters.items():
    print(f"{key}: {value}")
print(list(parameters.keys()))
print(parameters.keys())
print(parameters.get("W9"), parameters.get("W9", "missing"))
grads = {"dW1": 0.5, "db1": -0.25}
grads.update({"dW2": 1.5})
grads.update(db2=2.0)
print(grads)
print(grads.pop("db2"), grads)
print(grads.setdefault("dW3", 0.0), grads)
copy = grads.copy()
copy["dW1"] = 99
print(grads["dW1"], copy["dW1"])
del copy["dW3"]
print(copy, len(copy))
squares = {n: n * n for n in range(5)}
print(squares)
merged = {**squares, 10: 100, 0: "zero"}
print(merged)
print({1: "a", 1.0: "b", True: "c"})
print({(0, 1): "edge", "x": [1, 2], None: {"nested": {}}})
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: -kv[1]))
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict.fromkeys(["p", "q"], 0))
print(list(squares.values()), sum(squares.values()))
print(squares == {0: 0, 1: 1, 2: 4, 3: 9, 4: 16}, {} == dict())
try:
    print(parameters["W3"])
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
d = {"a": 1}
d.clear()
print(d, bool(d), bool({"k": 0}))
print(max(counts, key=counts.get), min(squares))
