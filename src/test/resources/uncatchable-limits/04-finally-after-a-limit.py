try:
    while True:
        pass
finally:
    print("cleanup")
