# Hostile: a __del__ that would loop forever is never called (exit 0).
# Expect: 0 | all 1 checked
class A:
    def __del__(self):
        while True:
            pass
a = A()
del a

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
