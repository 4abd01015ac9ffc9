#!/usr/bin/env python3
"""Run records: `run --record` writes one, `verify` trains its spec again and says
"verified" (bit for bit, natively); an edited history, model or spec is caught at the first
epoch that differs, with exit status 4.

usage: check_run_record.py DESCENT_CLI WORK_DIR
"""
import json
import os
import subprocess
import sys

SPEC = {'seed': 7, 'data': {'generator': 'moons', 'points': 200, 'noise': 0.2},
        'model': {'hidden': [8, 4], 'activation': 'relu', 'dropout': 0.1},
        'optimizer': {'kind': 'adam', 'learningRate': 0.01}, 'training': {'batchSize': 16, 'epochs': 30}}


def verify(cli, path):
    p = subprocess.run([cli, 'verify', path], capture_output=True, text=True)
    return p.returncode, (p.stdout + p.stderr).strip()


PASSED = []


def expect(cond, what):
    if not cond:
        raise SystemExit('FAIL: ' + what)
    PASSED.append(what)
    print('ok ' + what.split(':')[0])


def main():
    cli, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    spec_path, run_path = os.path.join(work, 'spec.json'), os.path.join(work, 'run.json')
    with open(spec_path, 'w') as f:
        json.dump(SPEC, f)
    subprocess.run([cli, 'run', spec_path, '--record', run_path], check=True, capture_output=True)
    record = json.load(open(run_path))
    expect(record['format'] == 'descent-run' and len(record['history']) == 30 and record['platform'] == 'native',
           f'the record holds 30 epochs: {len(record["history"])}')
    expect(record['code'].startswith('descent '), f'the record names the code version: {record["code"]}')

    code, out = verify(cli, run_path)
    expect(code == 0 and out.startswith('verified') and 'bit for bit' in out, f'an untouched record verifies: {code} {out}')

    def tampered(name, change):
        r = json.loads(json.dumps(record))
        change(r)
        path = os.path.join(work, name + '.json')
        with open(path, 'w') as f:
            json.dump(r, f)
        return verify(cli, path)

    code, out = tampered('better-accuracy', lambda r: r['history'][29].update(testAccuracy=0.99))
    expect(code == 4 and 'epoch 30' in out and 'testAccuracy' in out, f'an edited final accuracy is caught: {code} {out}')
    code, out = tampered('loss-nudged', lambda r: r['history'][6].update(testLoss=r['history'][6]['testLoss'] * (1 + 1e-12)))
    expect(code == 4 and 'epoch 7' in out, f'a loss changed in its 12th digit is caught at its epoch: {code} {out}')
    code, out = tampered('weight', lambda r: r['model']['params'].__setitem__(3, r['model']['params'][3] + 1e-3))
    expect(code == 4 and 'final weight 3' in out, f'an edited weight is caught: {code} {out}')
    code, out = tampered('seed', lambda r: r['spec'].update(seed=8))
    expect(code == 4 and 'epoch 1' in out, f'a record whose spec was changed is caught at epoch 1: {code} {out}')
    code, out = tampered('wasm', lambda r: (r.update(platform='wasm'),
                                            r['history'][3].update(trainLoss=r['history'][3]['trainLoss'] * (1 + 1e-6))))
    expect(code == 0 and 'tolerance' in out, f'a browser record verifies within the stated tolerance: {code} {out}')
    code, out = tampered('not-a-record', lambda r: r.pop('format'))
    expect(code == 1 and 'not a run record' in out, f'a file that is not a record is named so: {code} {out}')
    print(f'{len(PASSED)} passed, 0 failed')


if __name__ == '__main__':
    main()
