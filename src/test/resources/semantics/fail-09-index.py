weights = [0.1, 0.2, 0.3]
for i in range(4):
    print(i, weights[i])
