# Layers as subclasses of an abstract base (abc), epochs under a tqdm bar, seaborn's style: none changes what is printed
from abc import ABC, abstractmethod
import math
from tqdm import tqdm, trange
from tqdm.auto import tqdm as auto_tqdm
import seaborn as sns

sns.set()
sns.set_style("whitegrid")


class Layer(ABC):
    @abstractmethod
    def forward(self, x):
        pass

    def __repr__(self):
        return type(self).__name__ + "()"


class Sigmoid(Layer):
    def forward(self, x):
        return 1 / (1 + math.exp(-x))


class Scale(Layer):
    def __init__(self, w):
        self.w = w

    def forward(self, x):
        return self.w * x


layers = [Scale(0.5), Sigmoid()]
print(layers, isinstance(layers[1], Layer), issubclass(Sigmoid, ABC), Layer.__name__)
w = 0.5
for epoch in tqdm(range(3), desc="epochs"):
    out = Sigmoid().forward(w * 2.0)
    loss = 0.5 * (out - 0.25) ** 2
    w -= 0.1 * (out - 0.25) * out * (1 - out) * 2.0
    print(epoch, round(loss, 12))
for i in trange(2):
    print("trange", i)
print([x * 2 for x in auto_tqdm([1, 2, 3], leave=False)])
print(Sigmoid.forward.__name__, Layer.forward(layers[0], 1.0))
