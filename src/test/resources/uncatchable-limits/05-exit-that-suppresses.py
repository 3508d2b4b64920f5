class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit")
        return True


with Quiet():
    while True:
        pass
print("after")
