total = 1 + \
    2 + \
        3
values = [1,
          2,   # a comment inside brackets

    3,
]
if total > 1 and \
   values:
    result = {
'a': 1,
            'b': (2,
    3)}
    text = """a
  triple-quoted string
"""
print(total, values, result, text)
