x = 0.123456789
n = 3
print("a" + "b", "ab" * 3, str(1.5), str(10), f"x={x:.4f} n={n} {x!r} {n * 2:5d}|{x:8.3f}|{x:.2e}|{x:g}")
print("%.3f and %d and %s and %5.1f%%" % (x, n, "s", 12.34), "{:.2f} {} {name}".format(x, n, name="w"))
print("-".join(["a", "b"]), " padded ".strip(), "MiXed".lower(), "a,b,c".split(","), "x" in "xyz", len("hello"))
print(f"{'left':<6}|{'right':>6}|{3.14159:+.2f}", repr("q"), [1, 2.5, "s", None, True], (1,), (1, 2))
