# An uncaught ZeroDivisionError ends the program at its line.
losses = [0.5, 0.25]
count = 0
print("mean of", losses)
mean = sum(losses) / count
print("never", mean)
