# Adding gradients to the dict being iterated: CPython stops with RuntimeError, also when the key is added last.
params = {"w1": 0.5, "w2": -0.3}
for name in params:
    print(name, params[name])
    if name == "w2":
        params["d_" + name] = 0.0
print("never")
