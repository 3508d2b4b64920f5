class ConvergenceError(Exception):
    pass


def train(epochs):
    for epoch in range(epochs):
        print("epoch", epoch)
    raise ConvergenceError(f"did not converge after {epochs} epochs")


train(2)
