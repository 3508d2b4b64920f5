# Hostile: a generator delegating to itself with yield from is endless recursion: bpdiff's call depth stops it.
# Expect: 2 | calls are nested more than 100 deep
def g():
    yield from g()  # <- stops here


for x in g():
    pass
