w = 10; p = 3; x = 1234.56789
print(f"{x:{w}.{p}f}|{x:>{w}}|{'s':{'^'}{w}}|{x:{'.2e'}}|{x!r:>{w + 12}}|")
rows = [('w1', 0.149780716), ('w10', -0.0123)]
width = max(len(n) for n, _ in rows)
for name, v in rows:
    print(f"{name:<{width}} = {v:+.{p + 2}f}")
def show(vals, digits=4):
    return ", ".join(f"{v:.{digits}f}" for v in vals)
print(show([0.1, 0.25]), show([1 / 3], digits=2))
fmt = '.3f'
print(f"{x:{fmt}}", f"{{literal}} {x:{w}{'.1f'}}")
