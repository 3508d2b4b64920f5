# np.nansum: the sum with NaN counted as 0, along an axis and with keepdims when there is no NaN
import numpy as np
a = np.array([[1.0, np.nan], [2.5, -1.0]])
print(np.nansum(a), np.nansum(np.array([1.0, 2.0])), np.nansum(np.ones((2, 3)), axis=0), np.nansum([1, 2, 3]))
print(np.nansum(np.ones((2, 2)), axis=1, keepdims=True), np.nansum(np.array([np.nan])))
