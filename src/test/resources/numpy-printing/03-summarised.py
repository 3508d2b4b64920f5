import numpy as np
print(np.arange(2000))
print(repr(np.arange(1001)))
print(np.arange(2000.0).reshape(40, 50))
print(np.arange(3000).reshape(3, 1000) % 7 if False else np.arange(3000).reshape(3, 1000))
print(repr(np.linspace(0, 1, 1500)))
print(np.ones((10, 101)) > 0)
