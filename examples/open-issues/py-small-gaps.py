# each line differs from CPython 3.11 (refused or AttributeError)
def f(a, b=2, *, c=3): pass
print(f.__defaults__, f.__kwdefaults__)          # AttributeError in bpdiff
print((0.5).as_integer_ratio())                  # AttributeError in bpdiff
print(hasattr(str, 'translate'))                 # False in bpdiff (str.translate is missing)
from typing import List, Optional
print(List, Optional[int])                       # typing is ignored: prints a matplotlib placeholder object
print("{0.real}".format(3))                      # AttributeError: 'int' object has no attribute 'real'
