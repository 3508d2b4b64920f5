shapes = [(2, 3), (3, 1)]
for a, b in zip(shapes, shapes[1:]):
    assert a[1] == b[0], f"shapes {a} and {b} do not chain"
print("chain ok")
assert len(shapes) == 3, "expected three layers"
