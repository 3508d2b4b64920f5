params = {"W1": 0.5, "b1": 0.1}
for name in ["W1", "b1"]:
    print(name, params[name])
print(params["W2"])
