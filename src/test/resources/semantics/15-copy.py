# copy.copy and copy.deepcopy of parameters.
import copy

params = {"W1": [[0.1, 0.2], [0.3, 0.4]], "b1": [0.0, 0.0], "meta": {"lr": 0.1}}
shallow = copy.copy(params)
deep = copy.deepcopy(params)
params["W1"][0][0] = 9.9
params["b1"] = [1.0, 1.0]
params["meta"]["lr"] = 0.5
print(shallow)
print(deep)
print(params)


class Layer:
    def __init__(self, w):
        self.w = w
        self.history = []


layer = Layer([1.0, 2.0])
layer.history.append(0.5)
twin = copy.deepcopy(layer)
same = copy.copy(layer)
layer.w[0] = -1.0
layer.history.append(0.25)
print(twin.w, twin.history, same.w, same.history, twin is layer, type(twin).__name__)
shared = [1, 2]
outer = [shared, shared]
clone = copy.deepcopy(outer)
clone[0].append(3)
print(outer, clone, clone[0] is clone[1])
best = None
for epoch, loss in enumerate([0.9, 0.4, 0.6]):
    if best is None or loss < best["loss"]:
        best = copy.deepcopy({"epoch": epoch, "loss": loss, "weights": deep["W1"]})
print(best)
