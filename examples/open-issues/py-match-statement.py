def act(name, x):
    match name:
        case "sigmoid":
            return 1 / (1 + 2.718281828 ** -x)
        case "relu" | "ReLU":
            return max(0.0, x)
        case str() as other if other.startswith('t'):
            return 'tanh-ish'
        case _:
            raise ValueError(f"unknown {name}")
print(act('sigmoid', 0), act('ReLU', -1), act('tanh', 1))
def shape(p):
    match p:
        case (0, 0): return 'origin'
        case (x, 0): return f'x={x}'
        case [x, y, *rest]: return f'seq {x} {y} {rest}'
        case {'lr': lr, **kw}: return f'lr {lr} {kw}'
        case int(n) if n > 0: return 'pos int'
        case float() | int(): return 'number'
        case None: return 'none'
        case _: return 'other'
print(shape((0, 0)), shape((3, 0)), shape([1, 2, 3, 4]), shape({'lr': 0.1, 'e': 2}), shape(5), shape(-1.5), shape(None), shape('s'))
from dataclasses import dataclass
@dataclass
class Pt:
    x: int
    y: int
def where(p):
    match p:
        case Pt(x=0, y=0): return 'zero'
        case Pt(x=xx, y=0): return f'on x {xx}'
        case Pt(): return 'pt'
print(where(Pt(0, 0)), where(Pt(2, 0)), where(Pt(1, 1)))
