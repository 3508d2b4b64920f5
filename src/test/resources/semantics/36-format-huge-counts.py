# A width or precision past a C int: CPython reads both as a Py_ssize_t and refuses one past its largest value
# ("Too many decimal digits"); a float's precision past a C int is "precision too big", an int's "Precision not
# allowed", and a string's only shortens it. (Widths past a C int that fit a Py_ssize_t make a string that long in
# CPython; bpdiff stops them at its string limit: hostile/format-width-past-int.py.)
for spec in ['.3000000000f', '.99999999999999999999f', '>99999999999999999999', '.3000000000', '.2147483648',
             '<99999999999999999999999999.2']:
    for v in [1.5, 'ab', 7]:
        try:
            s = format(v, spec)
            print(spec, repr(v), 'len', len(s))
        except ValueError as e:
            print(spec, repr(v), 'ValueError', e)
print(f'{"ab":.5000000000}', f'{"abc":.2}')
