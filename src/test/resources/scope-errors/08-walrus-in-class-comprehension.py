class A:
    values = [(y := k) for k in range(3)]
