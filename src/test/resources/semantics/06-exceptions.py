# try/except/else/finally, raise, raise from, custom exceptions.
class TrainingError(Exception):
    pass


class DivergedError(TrainingError):
    def __init__(self, epoch, loss):
        super().__init__(f"loss {loss} at epoch {epoch}")
        self.epoch = epoch
        self.loss = loss


def check(loss, epoch):
    if loss > 1e3:
        raise DivergedError(epoch, loss)
    if loss != loss:
        raise TrainingError("nan loss")
    return loss


for loss in [0.5, 5e3, float("nan")]:
    try:
        check(loss, 7)
    except DivergedError as e:
        print("diverged:", e, e.epoch, e.args)
    except TrainingError as e:
        print("training error:", e, repr(e))
    else:
        print("fine", loss)
    finally:
        print("checked", loss)


def order():
    try:
        return "try"
    finally:
        print("finally runs before the return")


print(order())


def override():
    try:
        return 1
    finally:
        return 2


print(override())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if hasattr(e, "__cause__") else "")
try:
    try:
        [][1]
    except IndexError:
        print("handling")
        raise
except LookupError as e:
    print("re-raised", type(e).__name__, e)
try:
    raise KeyError("k")
except (IndexError, KeyError) as e:
    print("tuple caught", repr(e), str(e))
try:
    raise RuntimeError
except Exception as e:
    print(repr(e), str(e) == "", e.args)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
try:
    raise NotImplementedError("subclass must implement")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    int("3.5")
except:
    print("bare except")
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry", e)
        continue
    finally:
        print("attempt", count)
print(isinstance(DivergedError(1, 2), Exception), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(KeyError, LookupError), issubclass(TrainingError, ValueError))
e = ValueError("a", 2)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()))
try:
    raise TrainingError
except TrainingError as err:
    print(repr(err))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup")
except ValueError as e:
    print("outer got", e)
