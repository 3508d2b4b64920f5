def f():
    return 1
if f():
    print(f())