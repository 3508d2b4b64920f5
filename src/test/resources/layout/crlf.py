if True:
    x = 1

    # comment
    y = (x +
         2)
print(x, y)
