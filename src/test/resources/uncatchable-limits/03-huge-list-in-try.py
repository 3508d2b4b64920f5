try:
    x = [0] * 10 ** 9
except MemoryError:
    print("caught")
except:
    print("caught")
