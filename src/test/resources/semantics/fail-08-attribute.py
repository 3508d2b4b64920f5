class Net:
    def __init__(self):
        self.w = 0.5


net = Net()
print(net.w)
print(net.bias)
