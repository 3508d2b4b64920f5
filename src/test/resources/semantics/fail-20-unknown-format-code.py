# A format code that does not exist, after ones that do.
loss = 0.123456
print("{:.3f}".format(loss))
print(f"{12:,d} {loss:e} {'x':>3s}")
print("{:.3q}".format(loss))
