def loss_fn(y, t):
    return 0.5 * (y - t) ** 2


print(loss_fn(1.0, 0.5))
print(los_fn(1.0, 0.5))
