# Grokking Deep Learning (Trask), chapter 5: gradient descent with multiple inputs, plain lists
def w_sum(a, b):
    assert len(a) == len(b)
    output = 0
    for i in range(len(a)):
        output += a[i] * b[i]
    return output


def ele_mul(number, vector):
    output = [0, 0, 0]
    assert len(output) == len(vector)
    for i in range(len(vector)):
        output[i] = number * vector[i]
    return output


def neural_network(input, weights):
    pred = w_sum(input, weights)
    return pred


toes = [8.5, 9.5, 9.9, 9.0]
wlrec = [0.65, 0.8, 0.8, 0.9]
nfans = [1.2, 1.3, 0.5, 1.0]
win_or_lose_binary = [1, 1, 0, 1]

weights = [0.1, 0.2, -0.1]
alpha = 0.01

for iteration in range(3):
    for i in range(len(toes)):
        input = [toes[i], wlrec[i], nfans[i]]
        true = win_or_lose_binary[i]
        pred = neural_network(input, weights)
        error = (pred - true) ** 2
        delta = pred - true
        weight_deltas = ele_mul(delta, input)
        print("Iteration:" + str(iteration + 1) + " Pred:" + str(pred) + " Error:" + str(error))
        for j in range(len(weights)):
            weights[j] -= alpha * weight_deltas[j]
print("Weights:" + str(weights))
