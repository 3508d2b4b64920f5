import sys

# what a homework script uses of sys: argv, stdout, stderr, maxsize, the recursion limit, exit


def main(argv):
    print(type(argv).__name__, len(argv) >= 1, sys.maxsize, sys.maxsize + 1 > 2 ** 63 - 1)
    sys.setrecursionlimit(10000)
    n = sys.stdout.write("written with sys.stdout.write\n")
    print(n)
    sys.stdout.write("no newline, then ")
    sys.stdout.flush()
    print("a print", file=sys.stdout)
    print("not standard output", file=sys.stderr)
    sys.stderr.write("also not\n")
    # SystemExit is a BaseException: except Exception does not catch it, except SystemExit does
    try:
        try:
            sys.exit(5)
        except Exception:
            print("not here")
        finally:
            print("finally runs")
    except SystemExit as e:
        print("caught", type(e).__name__, e.args, e, e.code)
    for code in (None, 0, "message", (1, 2)):
        try:
            exit(code) if code is not None else quit()
        except SystemExit as e:
            print("exit", repr(code), e.args, e.code)
    try:
        sys.exit()
    except SystemExit as e:
        print("sys.exit()", e.args, e.code)
    try:
        sys.stdout.write(3)
    except TypeError as e:
        print("TypeError:", e)
    return 0


if __name__ == "__main__":
    print("start")
    sys.exit(main(sys.argv))
    print("never")
