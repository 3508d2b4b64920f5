# The example: a comment first in a block, a blank line after it.
for i in range(2):
    # c
    x = i

print(x)


def f(a):
        # a comment deeper than the block

    # and one shallower, then blank lines with spaces
    
        
    return a
print(f(1))
