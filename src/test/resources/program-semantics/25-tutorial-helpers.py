# What "Make Your Own Neural Network", Zhou's and Nielsen's network2 call around their arithmetic:
# scipy.special's expit and logit, np.array(..., ndmin=2), np.asfarray, np.nan_to_num, np.apply_along_axis
import numpy
import numpy as np
import scipy.special
from scipy.special import expit, logit

print(scipy.special.expit(numpy.array([-3.0, -0.5, 0.0, 0.25, 4.0])))
print(scipy.special.expit(2), scipy.special.expit(-1.5), expit([1, 2, 3]), expit(numpy.array([[0, 1]])).dtype)
print(logit(numpy.array([0.1, 0.3, 0.5, 0.62, 0.9])), logit(0.25), logit([0.2, 0.8]))
print(logit(expit(numpy.array([-2.0, 0.5, 3.0]))), expit(logit(0.7)))
f = lambda x: scipy.special.expit(x)
print(f(numpy.dot(numpy.array([[0.1, 0.2], [0.3, 0.4]]), numpy.array([0.5, 0.3], ndmin=2).T)))

inputs = numpy.array([0.5, 0.3, 0.2], ndmin=2)
print(inputs.shape, inputs.T.shape, numpy.array(inputs, ndmin=1).shape, numpy.array(2.5, ndmin=2))
print(numpy.array([[1, 2]], ndmin=3).shape, numpy.array([1, 2], ndmin=0).shape, numpy.array([1, 2], ndmin=2).dtype)
record = "7,0,128,255"
values = record.split(',')
print(numpy.asfarray(values[1:]) / 255.0 * 0.99 + 0.01, numpy.asfarray([1, 2]), numpy.asfarray([1, 2]).dtype)
print(numpy.asfarray([' 2.5', '-1e2']), numpy.asfarray(numpy.array([1, 2]), dtype=numpy.float32).dtype)

a = np.array([0.5, np.nan, np.inf, -np.inf])
print(np.nan_to_num(a), np.nan_to_num(a, nan=-1.0, posinf=9.0, neginf=-9.0), np.nan_to_num(np.array([1, 2])))
y = np.array([[1.0], [0.0]])
out = np.array([[1.0], [0.3]])
print(np.sum(np.nan_to_num(-y * np.log(out) - (1 - y) * np.log(1 - out))))

data = np.array([[-2, -1], [25, 6], [17, 4], [-15, -6]])
print(np.apply_along_axis(lambda x: 0.5 * x[0] - x[1], 1, data))
print(np.apply_along_axis(np.sum, 0, data), np.apply_along_axis(lambda r, k: r * k, 1, data, 2))
print(np.apply_along_axis(lambda r: r.mean(), -1, np.arange(24.0).reshape(2, 3, 4)))
try:
    np.apply_along_axis(np.sum, 2, data)
except Exception as e:
    print(e)
