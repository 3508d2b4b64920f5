learning_rate = 0.1


def update(w, g):
    if g > 0:
        learning_rate = learning_rate / 2
    return w - learning_rate * g


print(update(1.0, -1.0))
print(update(1.0, 1.0))
