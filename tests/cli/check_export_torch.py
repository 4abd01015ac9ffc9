#!/usr/bin/env python3
"""The PyTorch export trains like the core: for specs covering every optimizer, both
classification losses, squared error, L1 and L2, dropout, batch norm, clipping, a schedule,
full batch and mini-batches, the exported script's per-epoch losses over 5 epochs equal the
command-line runner's to 1e-4 relative; on a full-batch spec the same script under
`torchrun --nproc_per_node=2` gives the same losses too. A CSV prepared as a table exports its
prepared inputs; a run with a validation set is refused with a message naming it.

usage: check_export_torch.py DESCENT_CLI WORK_DIR
Needs Debian's python3-torch (scripts/setup.sh installs it); runs with /usr/bin/python3,
the interpreter that package serves.
"""
import json
import os
import socket
import subprocess
import sys

PYTHON = '/usr/bin/python3'
TOLERANCE = 1e-4
EPOCHS = 5

BASE = {'seed': 3, 'data': {'generator': 'circle', 'points': 120, 'noise': 0.1},
        'model': {'hidden': [5, 3], 'activation': 'tanh'}, 'training': {'batchSize': 10}}


def spec(**changes):
    s = json.loads(json.dumps(BASE))
    for path, value in changes.items():
        o = s
        keys = path.split('__')
        for k in keys[:-1]:
            o = o.setdefault(k, {})
        o[keys[-1]] = value
    return s


CASES = {
    'sgd': spec(optimizer={'kind': 'sgd', 'learningRate': 0.3}),
    'momentum-l2': spec(optimizer={'kind': 'momentum', 'learningRate': 0.05, 'momentum': 0.9},
                        regularization={'kind': 'l2', 'rate': 0.01}),
    'nesterov-step-schedule': spec(optimizer={'kind': 'nesterov', 'learningRate': 0.05, 'momentum': 0.95,
                                              'schedule': {'kind': 'step', 'gamma': 0.5, 'stepEpochs': 2}}),
    'adagrad-relu': spec(optimizer={'kind': 'adagrad', 'learningRate': 0.1, 'epsilon': 1e-6},
                         model={'hidden': [6], 'activation': 'relu'}),
    'rmsprop-cosine': spec(optimizer={'kind': 'rmsprop', 'learningRate': 0.01, 'rho': 0.999,
                                      'schedule': {'kind': 'cosine', 'periodEpochs': 4, 'minLearningRate': 0.001}}),
    'adam-softmax-3-classes': spec(data={'generator': 'blobs', 'classes': 3, 'points': 150, 'noise': 0.2},
                                   optimizer={'kind': 'adam', 'learningRate': 0.01}),
    'adamw-exponential-clip': spec(optimizer={'kind': 'adamw', 'learningRate': 0.02, 'weightDecay': 0.05,
                                              'schedule': {'kind': 'exponential', 'decay': 0.8}},
                                   training={'batchSize': 7, 'clipNorm': 0.5}),
    'l1-leaky-relu': spec(optimizer={'kind': 'sgd', 'learningRate': 0.1}, regularization={'kind': 'l1', 'rate': 0.01},
                          model={'hidden': [8], 'activation': 'leaky_relu'}),
    'dropout-elu': spec(optimizer={'kind': 'momentum', 'learningRate': 0.05},
                        model={'hidden': [8, 4], 'activation': 'elu', 'dropout': [0.3, 0.1]}),
    'batch-norm-sigmoid': spec(optimizer={'kind': 'sgd', 'learningRate': 0.3},
                               model={'hidden': [6, 6], 'activation': 'sigmoid', 'batchNorm': True}),
    'squared-error-regression': spec(data={'generator': 'plane', 'points': 100, 'noise': 0.1},
                                     optimizer={'kind': 'sgd', 'learningRate': 0.05}),
    'squared-error-on-sigmoid': spec(model={'hidden': [4], 'activation': 'tanh', 'loss': 'squared_error'},
                                     optimizer={'kind': 'sgd', 'learningRate': 0.5}),
    'full-batch-features-standardized': dict(spec(optimizer={'kind': 'adam', 'learningRate': 0.05},
                                                  training={'batchSize': 1000}),
                                             features=['x1', 'x2', 'x1^2', 'sin_x1']),
}
# A CSV read as a typed table: the script embeds the prepared inputs (standardized numbers,
# one-hot columns, imputed cells), so it trains on exactly what the core trains on.
WINE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'wine_data.csv')
CASES['csv-table-prepared'] = {'seed': 5, 'data': {'source': 'csv', 'csvFile': WINE, 'trainRatio': 0.7,
                                                   'table': {'target': 'target', 'rule': 'classes'}},
                               'model': {'hidden': [6], 'activation': 'relu', 'dropout': 0.2},
                               'optimizer': {'kind': 'adam', 'learningRate': 0.01}, 'training': {'batchSize': 16}}
DISTRIBUTED = ['full-batch-features-standardized', 'dropout-elu', 'momentum-l2']


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise SystemExit(f'FAIL: {" ".join(cmd)} exited {p.returncode}\n{p.stdout[-2000:]}\n{p.stderr[-4000:]}')
    return p.stdout


def epochs_of(output):
    """The per-epoch JSON lines (torchrun prefixes each with "[default0]:")."""
    lines = [line[line.index('{"'):] for line in output.splitlines() if '{"' in line]
    return [json.loads(line) for line in lines if '"trainLoss"' in line and '"summary"' not in line]


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def compare(name, core, torch_lines):
    if len(core) != EPOCHS or len(torch_lines) != EPOCHS:
        raise SystemExit(f'FAIL {name}: {len(core)} epochs from the core, {len(torch_lines)} from PyTorch')
    worst = 0.0
    for a, b in zip(core, torch_lines):
        for key in ('trainLoss', 'testLoss'):
            x, y = a[key], b[key]
            rel = abs(x - y) / max(abs(x), 1e-12)
            worst = max(worst, rel)
            if rel > TOLERANCE:
                raise SystemExit(f'FAIL {name}: epoch {a["epoch"]} {key}: core {x!r}, PyTorch {y!r} (relative {rel:.2e})')
    return worst


def main():
    cli, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    for name, s in CASES.items():
        if 'full-batch' in name:
            s['data']['standardize'] = True
        path = os.path.join(work, name + '.json')
        with open(path, 'w') as f:
            json.dump(s, f)
        core = epochs_of(run([cli, 'run', path, '--epochs', str(EPOCHS), '--allow-outside-data']))  # specs are written beside the build
        script = os.path.join(work, name + '.py')
        run([cli, 'export-torch', path, '--epochs', str(EPOCHS), '--out', script, '--allow-outside-data'])
        worst = compare(name, core, epochs_of(run([PYTHON, script])))
        print(f'ok {name}: {EPOCHS} epochs, worst relative difference {worst:.1e}')
        if name in DISTRIBUTED:
            env = dict(os.environ, MASTER_ADDR='127.0.0.1', OMP_NUM_THREADS='1')
            # Debian 12's torchrun (torch 1.13 on Python 3.11) cannot parse its default
            # --redirects 0; "1 + tee 1" sends each worker's output to the console as well.
            out = run([PYTHON, '-m', 'torch.distributed.run', '--nproc_per_node=2', '--master_addr=127.0.0.1',
                       f'--master_port={free_port()}', '--redirects', '1', '--tee', '1', script], env=env)
            worst = compare(name + ' (torchrun, 2 processes)', core, epochs_of(out))
            print(f'ok {name} under torchrun --nproc_per_node=2: worst relative difference {worst:.1e}')
    # What the script cannot reproduce is refused with a message naming it, never exported
    # as a silently different experiment.
    big = os.path.join(work, 'too-big.json')
    with open(big, 'w') as f:
        json.dump({'data': {'generator': 'clusters', 'points': 5000, 'dims': 1000}, 'model': {'hidden': [2]}}, f)
    bad = subprocess.run([cli, 'export-torch', big, '--epochs', '1'], capture_output=True, text=True)
    if bad.returncode == 0 or 'too many to embed' not in bad.stderr:
        raise SystemExit(f'FAIL: 5,000,000 inputs were not refused by name: {bad.returncode} {bad.stderr!r}')
    # A validation set (the house-price page's split) has no place in the script: refused by name.
    held_out = os.path.join(work, 'validation-set.json')
    with open(held_out, 'w') as f:
        json.dump(dict(CASES['csv-table-prepared'], data=dict(CASES['csv-table-prepared']['data'], validationRatio=0.1)), f)
    bad = subprocess.run([cli, 'export-torch', held_out, '--epochs', '1', '--allow-outside-data'], capture_output=True, text=True)
    if bad.returncode == 0 or 'data.validationRatio' not in bad.stderr:
        raise SystemExit(f'FAIL: a validation set was not refused by name: {bad.returncode} {bad.stderr!r}')
    print(f'{len(CASES)} passed, 0 failed')


if __name__ == '__main__':
    main()
