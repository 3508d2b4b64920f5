# %d of a string: the TypeError names the type, as CPython's does.
epochs = ["1", "2"]
for e in epochs:
    print("epoch %s" % e)
    print("epoch %d" % e)
