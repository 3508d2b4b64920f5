if True:
	x = 1
	if x:
		y = 2
	else:
	        y = 3
z = 4
if z:
        a = 1        # eight spaces: the same column as one tab, and consistent on its own
print(a, x, y, z)
