"""Spike (issue 23, step 2): each lecture formula list of examples/derivations written as a program (the prelude:
the lecture's inputs, targets and weights bound, its forward pass and loss in a for loop, the listed lines, then
w = w - lr * d_w for each parameter the list does not update itself), checked by `bpdiff check` as a program and as a
formula list; prints, per list and epoch count, how many checked lines have the same verdict, codes, likely-list and
the same doubles (student, autograd, finite differences). Run from the project root after `mvn -o compile` and
`mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt`:
    /usr/bin/python3 tools/prelude_spike.py [--dtype float32]
A measurement of two code paths against each other, not a reference."""
import glob, json, os, subprocess, sys, tempfile

HEAD = '''import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8
x1, x2 = 0.5, 0.3
y1, y2 = 0.23, -0.07
lr = 1.0

for epoch in range(EPOCHS):
    in_h1 = w1 * x1 + w3 * x2
    out_h1 = sigmoid(in_h1)
    in_h2 = w2 * x1 + w4 * x2
    out_h2 = sigmoid(in_h2)
    in_o1 = w5 * out_h1 + w7 * out_h2
    out_o1 = sigmoid(in_o1)
    in_o2 = w6 * out_h1 + w8 * out_h2
    out_o2 = sigmoid(in_o2)
    E = 0.5 * (out_o1 - y1) ** 2 + 0.5 * (out_o2 - y2) ** 2
'''
WEIGHTS = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8']


def prelude(path, epochs):
    body, assigned = [], set()
    for line in open(path, encoding='utf-8'):
        s = line.split('#')[0].strip()
        if not s or s.startswith('def ') or s.startswith('return'):
            continue
        body.append('    ' + s.replace('^', '**'))
        assigned.update(n.strip() for n in s.split('=')[0].split(','))
    body += [f'    {w} = {w} - lr * d_{w}' for w in WEIGHTS if w not in assigned and 'd_' + w in assigned]
    return HEAD.replace('EPOCHS', str(epochs)) + '\n'.join(body) + '\n'


def check(cp, file, *more):
    out = subprocess.run(['java', '-cp', cp, 'bpdiff.cli.Main', 'check', file, '--format', 'json', *more],
                         capture_output=True, text=True).stdout
    return json.loads(out)


def one(v):
    return v[0] if isinstance(v, list) and len(v) == 1 else v


def main():
    dtype = sys.argv[sys.argv.index('--dtype') + 1] if '--dtype' in sys.argv else 'float64'
    cp = 'target/classes:' + open('cp.txt').read().strip()
    total = {}
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(glob.glob('examples/derivations/*.py')):
            for epochs in (1, 20):
                program = os.path.join(tmp, os.path.basename(path))
                open(program, 'w').write(prelude(path, epochs))
                p = check(cp, program, '--dtype', dtype)
                f = check(cp, path, '--epochs', str(epochs), '--dtype', dtype)
                lines = {r['name']: r for r in f['formulas']}
                counts = dict.fromkeys(['lines', 'verdict', 'codes', 'likely', 'student', 'autograd', 'numeric'], 0)
                for q in p['quantities']:
                    r = lines.get(q['name'])
                    if q['kind'] != 'named' or r is None:
                        continue
                    counts['lines'] += 1
                    counts['verdict'] += q['verdict'] == r['verdict']
                    counts['codes'] += q['codes'] == r['codes']
                    counts['likely'] += q['likely'] == r['likely']
                    counts['student'] += repr(one(q['student'])) == repr(r['value'])
                    counts['autograd'] += repr(one(q['autograd'])) == repr(r['autograd'])
                    counts['numeric'] += r['numeric'] is None or repr(one(q['numeric'])) == repr(r['numeric'])
                print(os.path.basename(path), epochs, counts)
                for k, v in counts.items():
                    total[k] = total.get(k, 0) + v
    print('total', total)


main()
