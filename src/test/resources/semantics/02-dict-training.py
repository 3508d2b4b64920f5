# A two-parameter model trained with a dict of parameters and a dict of gradients.
params = {"w": 0.5, "b": -0.1}
data = [(1.0, 3.0), (2.0, 5.0), (3.0, 7.0)]
lr = 0.05
for epoch in range(30):
    grads = {"w": 0.0, "b": 0.0}
    loss = 0.0
    for x, y in data:
        pred = params["w"] * x + params["b"]
        err = pred - y
        loss += 0.5 * err ** 2
        grads["w"] += err * x
        grads["b"] += err
    for k in params:
        params[k] -= lr * grads[k] / len(data)
    if epoch % 10 == 0 or epoch == 29:
        print(f"epoch {epoch:2d}: loss={loss:.6f} w={params['w']:.4f} b={params['b']:.4f}")
print(params)
print({k: round(v, 3) for k, v in params.items()})
