import numpy as np
import math
z = np.array([-2.0, -0.5, 0.0, 0.5, 3.0])
print(np.exp(z).tolist(), np.log(np.abs(z) + 1).tolist(), np.sqrt(np.abs(z)).tolist(), np.tanh(z).tolist())
print(np.maximum(0, z).tolist(), np.minimum(z, 0.25).tolist(), np.where(z > 0, z, 0.01 * z).tolist())
print((z > 0).tolist(), (z * (z > 0)).tolist(), (z >= 0).tolist(), (1.0 * (z < 0)).tolist(), np.square(z).tolist())
print(math.exp(0.5), math.log(2.0), math.sqrt(2.0), math.tanh(0.3), math.pi, math.fabs(-1.5), math.log(8, 2))
print((1 / (1 + np.exp(-z))).tolist())
