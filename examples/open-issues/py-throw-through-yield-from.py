# throw() into a generator suspended in `yield from` should reach the inner generator's handler
def inner():
    try:
        yield 1
    except ValueError:
        print('inner caught')
    yield 2
def outer():
    yield from inner()
g = outer()
print(next(g))
print(g.throw(ValueError))
