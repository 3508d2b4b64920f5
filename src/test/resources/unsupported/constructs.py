# Every construct bpdiff parses and does not run, each once and none inside another.
import numpy as np


def numbers():
    print((yield 1))
    try:
        pass
    finally:
        yield from range(2)


async def coroutine():
    return 1


match np:
    case [a, *rest] if a:
        pass
    case {"k": v, **others}:
        pass
    case np.ndarray(shape=(2, 3)) | None as whole:
        pass

try:
    pass
except* ValueError:
    pass

data = b"raw" b"bytes"
z = 1 + 2j
big = 12345678901234567890
from random import *
