try:
    int("abc")
except ValueError:
    raise RuntimeError("could not parse the configuration")
