# Plotting is accepted and does nothing; the program goes on.
import matplotlib.pyplot as plt
import matplotlib

matplotlib.use("Agg")
plt.rcParams["figure.figsize"] = (8, 6)
plt.rcParams.update({"font.size": 12})
losses = [1.0 / (k + 1) for k in range(5)]
plt.figure(figsize=(8, 6))
plt.plot(range(5), losses, "r-", label="loss")
plt.xlabel("epoch")
plt.legend()
plt.title(f"final {losses[-1]:.2f}")
plt.savefig("loss.png")
plt.show()
fig, ax = plt.subplots()
ax.plot(losses)
ax.set_title("loss")
fig, axes = plt.subplots(2, 2, figsize=(10, 8))
axes[0, 1].plot([1, 2])
axes[1][0].scatter([1], [2])
for row in axes:
    for a in row:
        a.grid(True)
fig, (left, right) = plt.subplots(1, 2)
left.hist([1, 2, 2])
plt.close("all")
print("plotted", len(losses), min(losses))
