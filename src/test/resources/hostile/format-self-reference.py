# Hostile: a list and a dict that contain themselves print [...] and {...} as CPython's (exit 0).
# Expect: 0 | [1, [...]] {'me': {...}}
# Options: --show-output
a = [1]
a.append(a)
d = {}
d['me'] = d
print(a, d)
assert str(a) == '[1, [...]]'
assert repr(d) == "{'me': {...}}"

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
