import json, copy
a = []
for i in range(200000):
    a = [a]
try:
    s = json.dumps(a)
    print(len(s))
except RecursionError as e:
    print("recursion", e)
