if True:
    x = 1
# the end