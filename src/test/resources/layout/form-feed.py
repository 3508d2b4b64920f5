x = 1

def f():
    return x

print(f())
if x:
  y = 1
  z = 2
  w = 3
