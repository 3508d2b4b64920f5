# yield inside try/finally and with: generators that clean up, and contextlib.contextmanager
from contextlib import contextmanager
import time


@contextmanager
def timer(name, log):
    start = time.time()
    print('start', name)
    try:
        yield log
    finally:
        elapsed = time.time() - start
        log.append((name, elapsed >= 0))
        print('stop', name)


log = []
with timer('train', log) as records:
    loss = 1.0
    for epoch in range(3):
        loss = loss * 0.5
    print('loss', loss, records is log)
print(log)

try:
    with timer('bad', log):
        raise ValueError('diverged')
except ValueError as e:
    print('caught', e, log[-1])


@contextmanager
def ignoring(kind):
    try:
        yield
    except kind as e:
        print('ignored', type(e).__name__, e)


with ignoring(ZeroDivisionError):
    print(1 / 0)
print('went on')
with ignoring(KeyError):
    print('nothing raised')


@contextmanager
def plain():
    print('setup')
    yield 42
    print('teardown')


with plain() as v, timer('inner', log):
    print('both', v)
try:
    with plain():
        raise RuntimeError('no cleanup')
except RuntimeError as e:
    print('propagated', e)


def batches(data, size):
    try:
        for i in range(0, len(data), size):
            yield data[i:i + size]
    finally:
        print('batches closed')


for b in batches(list(range(7)), 3):
    print(b)
for b in batches(list(range(7)), 3):
    print('first', b)
    break
print('after break')


def steps():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            print('skip', e)
            continue
        else:
            print('else', i)
        finally:
            print('finally', i)
    return 'done'


g = steps()
print(list(g))
g = steps()
print(next(g))
g.close()
print('closed')


def echo():
    total = 0
    try:
        while True:
            try:
                x = yield total
                total += x
            except ValueError:
                print('reset')
                total = 0
    finally:
        print('echo finished', total)


e = echo()
print(next(e), e.send(3), e.send(4), e.throw(ValueError), e.send(5))
e.close()


class Manager:
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, kind, value, tb):
        print('exit', kind.__name__ if kind else None)
        return kind is KeyError


def managed():
    with Manager():
        yield 1
        raise KeyError('k')
    yield 2


print(list(managed()))


def finish_early():
    try:
        yield 1
        return
    finally:
        print('cleanup on return')
    yield 'never'


print(list(finish_early()))
