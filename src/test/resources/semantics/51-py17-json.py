import json
results = {'loss': 0.2983711087600027, 'weights': [0.1, 0.2], 'epoch': 1, 'ok': True, 'none': None, 'name': "a\"b"}
print(json.dumps(results))
print(json.dumps(results, indent=2))
print(json.dumps(results, sort_keys=True, indent=4))
print(json.dumps([1.0, 1e-7, float('inf')]), json.dumps({'a': (1, 2)}, separators=(',', ':')))
print(json.loads('{"a": [1, 2.5, null, true]}'))
import math
print(json.dumps({'b': [], 'a': {}, 'n': [1, [2, {'x': None}]], 1: 2, 2.5: 'f', True: 'T', None: 'N'}, indent=2))
print(json.dumps({"中文": "é", 'tab': '\t\x01'}), json.dumps("中文", ensure_ascii=False))
print(json.dumps({'w': [0.1 * 3, 1e-7, 1e22, -0.0, math.pi]}, indent='\t'))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({'s': {1, 2}}, default=sorted))
print(json.loads('{"a": {"b": [1, -2.5e3, "x\\n\\u00e9"]}, "c": false, "d": 12345678901234567890}'))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print('decode', e)
except ValueError as e:
    print('value', e)
