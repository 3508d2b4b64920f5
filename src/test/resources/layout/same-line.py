v = True; x = 1
if v: print(x)
for i in range(2): x = x + i; print(x)
while False: pass
if not v: x = 2
else: x = 3
def f(): return x
class A: pass
print(f(), A); y = 1;
