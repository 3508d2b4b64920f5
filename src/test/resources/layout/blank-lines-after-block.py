w = 0
for epoch in range(3):
    w = w + 1

print('after', w)
if w:
    w = 2
   
	
print('after if', w)
while w > 0:
    w = w - 1



print('after while', w)
def g():
    return 1
    
print(g())
