try:
    n = 0
    while True:
        n += 1
except BaseException:
    print("caught")
